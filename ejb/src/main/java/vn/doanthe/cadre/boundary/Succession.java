package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.cadre.boundary.SuccessionItem.Holder;
import vn.doanthe.cadre.boundary.SuccessionItem.Reason;
import vn.doanthe.cadre.control.CadreFilter;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.cadre.entity.PostRank;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Where successors are missing (nguồn cán bộ kế cận): units open on the day whose type has a head
 * post, and whose head post is vacant, held by someone who has reached the age with no young
 * deputy, held by an acting head for too long, or near the end of its term. The report reads two
 * projections (the units, and their heads' and deputies' holdings), never an entity per unit.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Succession {

    /** Units whose leaders one statement reads (the bound ids stay well below MariaDB's 65,535). */
    private static final int UNITS_A_QUERY = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PlaceInScope places;

    @Inject
    Callers callers;

    @Inject
    ChangeRecorder auditTrail;

    /** The report as a file to download; it names persons and their ages, so its issue is recorded. */
    public List<SuccessionItem> export(SuccessionQuery query) {
        List<SuccessionItem> items = report(query);
        auditTrail.eventStarting(callers.current(), "EXPORT", "PostHolding", "succession unit=" + query.unit()
                + " organisation=" + query.organisation() + " rows=" + items.size());
        return items;
    }

    public List<SuccessionItem> report(SuccessionQuery query) {
        Refusals refusals = new Refusals();
        int headAge = within(refusals, "headAge", query.headAge(), 60, 18, 100);
        int deputyAge = within(refusals, "deputyAge", query.deputyAge(), 45, 18, 100);
        int actingMonths = within(refusals, "actingMonths", query.actingMonths(), 6, 1, 120);
        int termMonths = within(refusals, "termMonths", query.termMonths(), 6, 0, 120);
        refusals.throwIfAny();
        Scope scope = scopes.current();
        LocalDate day = query.asOf() == null ? VietnamTime.today() : query.asOf();
        AdminUnit place = places.place(scope, query.unit(), day);

        Where units = Where.of("(u.closedOn is null or u.closedOn >= :day) and (u.establishedOn is null"
                        + " or u.establishedOn <= :day) and exists (select t.id from PostType t where t.unitType = u.type"
                        + " and t.rank = :head and t.active = true)", Map.of("day", day, "head", PostRank.HEAD))
                .and(scope.unit("u"))
                .and(place == null ? Where.always() : Where.subtree("u.adminUnit", "place", place.getId(),
                        place.subtreePath()))
                .andIfGiven("u.organisation.code = :organisation", "organisation", query.organisation());
        List<Object[]> unitRows = units.bind(em.createQuery("select u.id, u.name, a.name, a.level, pa.name, a.code,"
                + " u.organisation.code from OrgUnit u join u.adminUnit a left join a.parent pa where " + units.jpql()
                + " order by a.path, a.id, u.organisation.sortOrder, u.name, u.id", Object[].class)).getResultList();

        // The heads and deputies of the units found, read by unit: the units already carry the
        // territory, scope and organisation, and a whole province's heads are read in half the time
        // through the unit index than through the territory joins (CadreTrainingBench).
        Map<Long, Leaders> leaders = new HashMap<>();
        List<Long> unitIds = unitRows.stream().map(row -> (Long) row[0]).toList();
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < unitIds.size(); from += UNITS_A_QUERY) {
            // Native, the ids written into the statement (numbers the database gave): a whole
            // province's leaders are read without binding thousands of parameters through JPQL,
            // and put in order here rather than sorted with their names by the database.
            String chunk = unitIds.subList(from, Math.min(unitIds.size(), from + UNITS_A_QUERY)).stream()
                    .map(String::valueOf).collect(Collectors.joining(","));
            for (Object found : em.createNativeQuery("SELECT h.org_unit_id, t.post_rank, p.id, p.full_name, p.birth_date,"
                            + " h.held_from, h.mode, h.term_ends_on, h.id FROM post_holding h"
                            + " JOIN post_type t ON t.id = h.post_type_id JOIN person p ON p.id = h.person_id"
                            + " WHERE h.org_unit_id IN (" + chunk + ") AND h.held_from <= ?1"
                            + " AND (h.held_to IS NULL OR h.held_to >= ?1) AND t.post_rank IN ('HEAD', 'DEPUTY')")
                    .setParameter(1, java.sql.Date.valueOf(day)).getResultList()) {
                rows.add((Object[]) found);
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> localDate(row[5])).thenComparing(row -> number(row[8])));
        for (Object[] row : rows) {
            Holder holder = new Holder(number(row[2]), (String) row[3], CadreFilter.age(localDate(row[4]), day),
                    localDate(row[5]), HoldingMode.valueOf((String) row[6]), localDate(row[7]));
            Leaders of = leaders.computeIfAbsent(number(row[0]), id -> new Leaders());
            ("HEAD".equals(row[1]) ? of.heads : of.deputies).add(holder);
        }

        List<SuccessionItem> items = new ArrayList<>();
        for (Object[] unit : unitRows) {
            Leaders of = leaders.getOrDefault((Long) unit[0], new Leaders());
            String placeName = AdminUnit.described((String) unit[2], (AdminLevel) unit[3], (String) unit[4],
                    (String) unit[5]);
            for (Reason reason : of.reasons(day, headAge, deputyAge, actingMonths, termMonths)) {
                items.add(new SuccessionItem((Long) unit[0], (String) unit[1], placeName, (String) unit[6], reason,
                        of.head(), List.copyOf(of.deputies)));
            }
        }
        return items;
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    private static int within(Refusals refusals, String field, Integer value, int otherwise, int min, int max) {
        if (value == null) {
            return otherwise;
        }
        if (value < min || value > max) {
            refusals.refuse(field, "validation.between", min, max);
        }
        return value;
    }

    /** The heads (one, unless two overlap in a post several may hold) and deputies of one unit on the day. */
    private static final class Leaders {
        private final List<Holder> heads = new ArrayList<>();
        private final List<Holder> deputies = new ArrayList<>();

        Holder head() {
            return heads.isEmpty() ? null : heads.get(0);
        }

        List<Reason> reasons(LocalDate day, int headAge, int deputyAge, int actingMonths, int termMonths) {
            Holder head = head();
            if (head == null) {
                return List.of(Reason.VACANT);
            }
            List<Reason> reasons = new ArrayList<>();
            if (head.age() >= headAge && deputies.stream().noneMatch(deputy -> deputy.age() < deputyAge)) {
                reasons.add(Reason.AGEING_HEAD);
            }
            if (head.mode() == HoldingMode.ACTING && !head.from().isAfter(day.minusMonths(actingMonths))) {
                reasons.add(Reason.ACTING_TOO_LONG);
            }
            if (head.termEndsOn() != null && !head.termEndsOn().isAfter(day.plusMonths(termMonths))) {
                reasons.add(Reason.TERM_ENDING);
            }
            return reasons;
        }
    }
}
