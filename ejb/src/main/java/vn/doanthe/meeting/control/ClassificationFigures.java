package vn.doanthe.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import vn.doanthe.meeting.control.MeetingTallies.BranchYear;
import vn.doanthe.meeting.entity.BranchYearFigures;
import vn.doanthe.meeting.entity.ClassificationCriteria;
import vn.doanthe.member.boundary.BranchFigures;
import vn.doanthe.organisation.entity.Organisation;

/**
 * The figures a branch's year is classified on, and the criteria in force for its organisation. The
 * dues owed are what a member owes in a year times the branch's members on the year's last day (or
 * today, in the current year), working away or not.
 */
@Dependent
public class ClassificationFigures {

    /** Dues collected beyond a thousand times those owed are shown as that: the column holds no more. */
    private static final BigDecimal MOST_DUES = new BigDecimal("999.9999");

    @PersistenceContext
    EntityManager em;

    @Inject
    BranchFigures branches;

    /** The organisation's latest criteria, or its first version (not stored yet) when it has none. */
    public ClassificationCriteria current(Organisation organisation) {
        return em.createNamedQuery("ClassificationCriteria.latest", ClassificationCriteria.class)
                .setParameter("organisation", organisation.getId()).setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> ClassificationCriteria.first(organisation));
    }

    /** The members of each branch on the day the year's dues are counted for (only those with members). */
    public Map<Long, Long> members(Collection<Long> unitIds, int year, LocalDate today) {
        LocalDate day = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        return branches.of(unitIds, day, day).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().after().members()));
    }

    public static BranchYearFigures of(BranchYear year, ClassificationCriteria criteria, long members) {
        BigDecimal attendance = year.rated() == 0 ? null
                : BigDecimal.valueOf(year.rates() / year.rated()).setScale(4, RoundingMode.HALF_UP);
        BigDecimal dues = null;
        if (criteria.getDuesPerMember() != null && members > 0) {
            dues = BigDecimal.valueOf(year.dues()).divide(BigDecimal.valueOf(criteria.getDuesPerMember() * members), 4,
                    RoundingMode.HALF_UP).min(MOST_DUES);
        }
        return new BranchYearFigures(year.owed(), year.kept(), attendance, dues);
    }
}
