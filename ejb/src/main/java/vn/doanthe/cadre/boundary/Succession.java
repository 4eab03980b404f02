package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

        Where held = CadreFilter.heldOn("h", day, scope, place, query.organisation())
                .and("h.post.rank in :ranks", "ranks", List.of(PostRank.HEAD, PostRank.DEPUTY));
        Map<Long, Leaders> leaders = new HashMap<>();
        held.bind(em.createQuery("select h.unit.id, h.post.rank, p.id, p.fullName, p.birthDate, h.from, h.mode,"
                        + " h.termEndsOn from PostHolding h join h.person p where " + held.jpql()
                        + " order by h.from, h.id", Object[].class))
                .getResultStream().forEach(row -> {
                    Holder holder = new Holder((Long) row[2], (String) row[3], CadreFilter.age((LocalDate) row[4], day),
                            (LocalDate) row[5], (HoldingMode) row[6], (LocalDate) row[7]);
                    Leaders of = leaders.computeIfAbsent((Long) row[0], id -> new Leaders());
                    (row[1] == PostRank.HEAD ? of.heads : of.deputies).add(holder);
                });

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
