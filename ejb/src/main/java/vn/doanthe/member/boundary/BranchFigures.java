package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.Where;

/**
 * A few branches' member figures on two days, for reports that compare a before with an after
 * (the effect of a training): members counted, members working away, and of those the ones the
 * branch keeps in contact with. Read from the membership periods in one statement; units outside
 * the caller's scope are left out.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class BranchFigures {

    /** A branch's figures on one day. {@code inContact}: away members whose contact the branch has recorded. */
    public record OnDay(long members, long away, long inContact) implements Serializable {

        public static final OnDay NONE = new OnDay(0, 0, 0);
    }

    /** A branch's figures on the first and on the second day. */
    public record BeforeAfter(OnDay before, OnDay after) implements Serializable {

        public static final BeforeAfter NONE = new BeforeAfter(OnDay.NONE, OnDay.NONE);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /**
     * The figures of each unit on {@code before} and {@code after}; a unit with no member on either
     * day is missing from the answer. The away contact is the one recorded now: the registry keeps
     * no history of contacts.
     */
    public Map<Long, BeforeAfter> of(Collection<Long> unitIds, LocalDate before, LocalDate after) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Where where = scopes.current().unit("u").and("u.id in :units", "units", List.copyOf(unitIds))
                .and(Where.of("p.validFrom <= :after and (p.validTo is null or p.validTo >= :before)",
                        Map.of("before", before, "after", after)))
                .and("p.status in :counted", "counted", List.of(MembershipStatus.ACTIVE, MembershipStatus.AWAY));
        String covers = "p.validFrom <= :%1$s and (p.validTo is null or p.validTo >= :%1$s)";
        String away = " and p.status = vn.doanthe.member.entity.MembershipStatus.AWAY";
        String contact = away + " and m.awayContact is not null and m.awayContact <> ''";
        String sums = String.join(", ", sum(covers.formatted("before"), ""), sum(covers.formatted("before"), away),
                sum(covers.formatted("before"), contact), sum(covers.formatted("after"), ""),
                sum(covers.formatted("after"), away), sum(covers.formatted("after"), contact));
        Map<Long, BeforeAfter> figures = new HashMap<>();
        where.bind(em.createQuery("select u.id, " + sums + " from MembershipPeriod p join p.unit u join p.membership m"
                        + " where " + where.jpql() + " group by u.id", Object[].class))
                .getResultStream().forEach(row -> figures.put((Long) row[0], new BeforeAfter(
                        new OnDay(number(row[1]), number(row[2]), number(row[3])),
                        new OnDay(number(row[4]), number(row[5]), number(row[6])))));
        return figures;
    }

    /**
     * Those of {@code personIds} on the unit's roll on the day: a member there, active or working
     * away (who may attend when home). A unit outside the caller's scope has no one on its roll.
     */
    public Set<Long> onRoll(long unitId, LocalDate day, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Where where = scopes.current().unit("u").and("u.id = :unit", "unit", unitId)
                .and("m.person.id in :persons", "persons", List.copyOf(personIds))
                .and(Where.of("p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)", Map.of("day", day)))
                .and("p.status in :counted", "counted", List.of(MembershipStatus.ACTIVE, MembershipStatus.AWAY));
        return Set.copyOf(where.bind(em.createQuery("select distinct m.person.id from MembershipPeriod p join p.unit u"
                + " join p.membership m where " + where.jpql(), Long.class)).getResultList());
    }

    /** A member on a branch's roll: who, to mark present. */
    public record OnRoll(long personId, String fullName, LocalDate birthDate) implements Serializable {
    }

    /** The unit's roll on the day (members active or working away), by given name; empty outside the caller's scope. */
    public List<OnRoll> roll(long unitId, LocalDate day) {
        Where where = scopes.current().unit("u").and("u.id = :unit", "unit", unitId)
                .and(Where.of("p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)", Map.of("day", day)))
                .and("p.status in :counted", "counted", List.of(MembershipStatus.ACTIVE, MembershipStatus.AWAY));
        return where.bind(em.createQuery("select distinct person.id, person.fullName, person.birthDate, person.givenName,"
                        + " person.familyName, person.middleName from MembershipPeriod p join p.unit u join p.membership m"
                        + " join m.person person where " + where.jpql()
                        + " order by person.givenName, person.familyName, person.middleName, person.id", Object[].class))
                .getResultStream().map(row -> new OnRoll((Long) row[0], (String) row[1], (LocalDate) row[2])).toList();
    }

    private static String sum(String condition, String more) {
        return "sum(case when " + condition + more + " then 1 else 0 end)";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
