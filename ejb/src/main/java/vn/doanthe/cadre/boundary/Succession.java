package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.cadre.boundary.SuccessionItem.Holder;
import vn.doanthe.cadre.boundary.SuccessionItem.Reason;
import vn.doanthe.cadre.control.CadreFilter;
import vn.doanthe.cadre.control.UnitLeaders;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Where successors are missing (nguồn cán bộ kế cận): units open on the day whose type has a head
 * post, and whose head post is vacant, held by someone who has reached the age with no young
 * deputy, held by an acting head for too long, or near the end of its term. The report reads
 * projections (the units, and their heads' and deputies' holdings), never an entity per unit.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Succession {

    /** Persons one statement names (the bound ids stay well below MariaDB's 65,535). */
    private static final int PERSONS_A_QUERY = 5000;

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

    @Inject
    UnitLeaders unitLeaders;

    /** The report as a file to download, its holders named; it names persons and their ages, so its issue is recorded. */
    public List<SuccessionItem> export(SuccessionQuery query) {
        List<SuccessionItem> items = named(query);
        auditTrail.eventStarting(callers.current(), "EXPORT", "PostHolding", "succession unit=" + query.unit()
                + " organisation=" + query.organisation() + " rows=" + items.size());
        return items;
    }

    /** The report with each holder's name, as the console shows it. */
    public List<SuccessionItem> named(SuccessionQuery query) {
        List<SuccessionItem> items = report(query);
        Set<Long> persons = new HashSet<>();
        for (SuccessionItem item : items) {
            if (item.head() != null) {
                persons.add(item.head().personId());
            }
            item.deputies().forEach(deputy -> persons.add(deputy.personId()));
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = List.copyOf(persons);
        for (int from = 0; from < ids.size(); from += PERSONS_A_QUERY) {
            em.createQuery("select p.id, p.fullName from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + PERSONS_A_QUERY)))
                    .getResultStream().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return items.stream().map(item -> item.named(names)).toList();
    }

    /**
     * The report as the API gives it: holders by id and age, unnamed. A province's report reads its
     * units, then their heads' and deputies' holdings from one index (birth dates included, V24);
     * naming 8,000 holders would take as long again (CadreTrainingBench).
     */
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
        if (place == null && scope.hasPlace()) {
            place = em.find(AdminUnit.class, callers.current().scopeUnitId());
        }
        List<UnitLeaders.Unit> units = unitLeaders.units(scope, place, query.organisation(), day);
        Map<Long, List<UnitLeaders.Leader>> leaders = unitLeaders.leaders(units.stream().map(UnitLeaders.Unit::id)
                .toList(), day);
        List<SuccessionItem> items = new ArrayList<>();
        for (UnitLeaders.Unit unit : units) {
            Leaders of = new Leaders(leaders.getOrDefault(unit.id(), List.of()), day);
            for (Reason reason : of.reasons(day, headAge, deputyAge, actingMonths, termMonths)) {
                items.add(new SuccessionItem(unit.id(), unit.name(), unit.place(), unit.organisation(), reason,
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

        Leaders(List<UnitLeaders.Leader> leaders, LocalDate day) {
            for (UnitLeaders.Leader leader : leaders) {
                Holder holder = new Holder(leader.personId(), null, CadreFilter.age(leader.bornOn(), day), leader.from(),
                        leader.mode(), leader.termEndsOn());
                (leader.head() ? heads : deputies).add(holder);
            }
        }

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
