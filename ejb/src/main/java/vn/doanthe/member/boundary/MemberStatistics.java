package vn.doanthe.member.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.doanthe.member.control.MemberTallies;
import vn.doanthe.member.control.Tallies;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.SetupStep;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Exact member counts for a territorial unit on a day, as the maintained counts keep them (see
 * {@link MemberTallies}) and as the dated membership periods say: a
 * membership counts where its period on that day placed it, in a status that counts (active,
 * working away, paused). A pending transfer has not moved the member yet, so they count once.
 * The territory is today's (organisation units stand where a merge moved them), so a unit code
 * means the unit in force today; a code that exists only in the past means the unit then.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MemberStatistics {

    private static final Logger LOG = Logger.getLogger(MemberStatistics.class.getName());
    private static final String TALLY_STEP = "member-tallies";

    private static final String COUNTED = """
            FROM membership_period p
            JOIN membership m ON m.id = p.membership_id
            JOIN org_unit u ON u.id = p.org_unit_id
            JOIN admin_unit a ON a.id = u.admin_unit_id
            WHERE p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to >= ?1)
              AND p.status IN ('ACTIVE', 'AWAY', 'PAUSED')""";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Organisations organisations;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    MemberTallies memberTallies;

    /** The code of the caller's own territorial unit, which the statistics page opens on; none for the whole installation. */
    public String ownUnit() {
        Long own = callers.current().scopeUnitId();
        return own == null ? null : em.find(AdminUnit.class, own).getCode();
    }

    public MemberCounts members(String unitCode, LocalDate day) {
        LocalDate today = VietnamTime.today();
        LocalDate on = day == null ? today : day;
        AdminUnitView unit = adminUnits.findCurrentOrOn(unitCode, on);
        LocalDate territoryDay = unit.isCurrent() ? today : on;
        AdminUnit place = em.find(AdminUnit.class, unit.id());
        Scope scope = scopes.current();
        scope.require(scope.coversPlace(place), "AdminUnit", unitCode,
                () -> new RecordNotFound("code", "territory.error.notFound", unitCode));
        List<AdminUnitView> below = adminUnits.children(unit.id(), territoryDay);
        List<Long> units = new ArrayList<>(List.of(unit.id()));
        below.forEach(child -> units.add(child.id()));
        Tallies tallies = memberTallies.read(units, on, today);

        List<OrganisationView> all = organisations.all();
        List<OrganisationView> served = all.stream()
                .filter(organisation -> scope.coversOrganisation(organisation.id())).toList();
        LongPredicate inScope = id -> scope.coversOrganisation(id);
        List<MemberCounts.OrganisationCount> byOrganisation = served.stream()
                .map(organisation -> new MemberCounts.OrganisationCount(organisation.code(), organisation.shortName(),
                        tallies.memberships(unit.id(), organisation.id()), null, null))
                .toList();
        Map<MembershipStatus, Long> byStatus = new EnumMap<>(MembershipStatus.class);
        for (MembershipStatus status : MembershipStatus.values()) {
            long members = tallies.memberships(unit.id(), inScope, status);
            if (members > 0) {
                byStatus.put(status, members);
            }
        }
        PersonsOnce persons = served.size() == all.size() ? tallies::persons
                : personsOnceAmong(served, tallies, scope, on, place);
        List<MemberCounts.ChildCount> children = below.stream()
                .map(child -> new MemberCounts.ChildCount(child.code(), child.name(), persons.in(child.id()),
                        tallies.memberships(child.id(), inScope)))
                .toList();
        return new MemberCounts(unit.code(), unit.name(), on, persons.in(unit.id()),
                tallies.memberships(unit.id(), inScope), byOrganisation, byStatus, children);
    }

    /**
     * Once, at the first start of an installation or after the upgrade that brought maintained
     * counts: counts the periods already registered.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Unguarded("a start-up task")
    public void countOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (!SetupStep.claim(connection, TALLY_STEP)) {
                return;
            }
            long started = System.nanoTime();
            long rows = memberTallies.rebuild();
            SetupStep.done(connection, TALLY_STEP, rows + " count changes");
            LOG.info(() -> "Member counts built from the membership periods: " + rows + " count changes in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Building the member counts failed", e);
        }
    }

    /**
     * Rebuilds the maintained counts from the membership periods: for an IT department that
     * corrected periods in the database directly, which the counts cannot see. Returns the number
     * of count changes written.
     */
    @Mutation(allowed = Role.ADMIN)
    public long recount(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "statistics.error.recountReason");
        }
        long rows = memberTallies.rebuild();
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(reason.trim());
        context.act("RECOUNT", "MemberTally", null, "rows=" + rows);
        return rows;
    }

    /** Persons counted once in a unit, by the unit's id. */
    @FunctionalInterface
    private interface PersonsOnce {
        long in(long unitId);
    }

    /**
     * Persons counted once among some of the organisations (the caller does not serve them all;
     * for all of them together they are kept): for one organisation they are its memberships (one
     * per person); for a few of them (a rare scope) they are counted from the periods.
     */
    private PersonsOnce personsOnceAmong(List<OrganisationView> served, Tallies tallies, Scope scope, LocalDate on,
                                         AdminUnit place) {
        if (served.size() == 1) {
            long organisation = served.get(0).id();
            return unitId -> tallies.memberships(unitId, organisation);
        }
        String counted = COUNTED + scope.organisationSql("m.organisation_id");
        String below = place.subtreePath();
        Map<Long, Long> persons = new HashMap<>();
        Object total = query("SELECT COUNT(DISTINCT m.person_id) " + counted + " AND (a.id = ?2 OR a.path LIKE ?3)",
                on, place.getId(), below).getSingleResult();
        persons.put(place.getId(), number(total));
        // The unit directly below that holds each placement: the first id of the path after ours.
        for (Object[] row : rows(query("SELECT SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?4), '/', 1), "
                + "COUNT(DISTINCT m.person_id) " + counted + " AND a.path LIKE ?3 GROUP BY 1",
                on, place.getId(), below, below.length() + 1))) {
            persons.put(Long.valueOf((String) row[0]), number(row[1]));
        }
        return unitId -> persons.getOrDefault(unitId, 0L);
    }

    private Query query(String sql, LocalDate day, Long unitId, String below, Object... more) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(day)).setParameter(2, unitId)
                .setParameter(3, below + "%");
        for (int i = 0; i < more.length; i++) {
            query.setParameter(4 + i, more[i]);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
