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

    private static String sum(String condition, String more) {
        return "sum(case when " + condition + more + " then 1 else 0 end)";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
