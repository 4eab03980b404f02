package vn.doanthe.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.doanthe.meeting.entity.Cadence;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The meeting figures of the branches under a territorial unit for a year, in one statement: the
 * branches with their rule (every unit whose type has one, open in the year) and the sums of
 * their meetings of the year ({@link BranchMeetingYears}; a meeting whose roll call was not taken
 * has no attendance rate). Each branch is given with the unit directly below {@code place} it lies in.
 */
@Dependent
public class MeetingTallies {

    /** The meetings that keep a branch's schedule: regular and thematic ones. */
    static final String KEEPING = "'REGULAR', 'THEMATIC'";

    /** A meeting whose roll call was taken, with members expected: it has an attendance rate. */
    static final String RATED = "m.roll_taken_at IS NOT NULL AND m.expected > 0";

    /** Every unit whose type has a rule, open in the year, with the year its meetings sum to (V37). */
    private static final String BRANCHES = """
            SELECT u.id, SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?4), '/', 1), r.cadence, r.min_attendance,
                   u.established_on, u.closed_on, y.kept_months, y.rate_sum, y.rated, y.dues
              FROM org_unit u JOIN meeting_rule r ON r.unit_type_id = u.unit_type_id
              JOIN admin_unit a ON a.id = u.admin_unit_id
              LEFT JOIN branch_meeting_year y ON y.org_unit_id = u.id AND y.year = ?6
             WHERE (a.id = ?1 OR a.path LIKE ?2) AND (u.closed_on IS NULL OR u.closed_on >= ?3)
               AND (u.established_on IS NULL OR u.established_on <= ?5) %s""";

    /**
     * A branch's year: the periods it owed and kept, the attendance rates of its meetings (their sum
     * and count), and the dues its minutes record as collected.
     */
    public record BranchYear(long unitId, String child, BigDecimal minimum, int owed, int kept, double rates,
                             int rated, long dues) {

        public boolean belowMinimum() {
            return rated > 0 && BigDecimal.valueOf(rates / rated).compareTo(minimum) < 0;
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Every branch under {@code place} in the scope, of the organisation when one is given. */
    public List<BranchYear> year(AdminUnit place, Scope scope, Long organisationId, int year, LocalDate today) {
        return year(place, scope.organisationSql("u.organisation_id")
                + (organisationId == null ? "" : " AND u.organisation_id = " + organisationId), year, today);
    }

    /** One branch's year; none when its type has no meeting rule (it is not a branch that meets). */
    public Optional<BranchYear> branch(OrgUnit unit, int year, LocalDate today) {
        return year(unit.getAdminUnit(), " AND u.id = " + unit.getId(), year, today).stream().findFirst();
    }

    private List<BranchYear> year(AdminUnit place, String narrowing, int year, LocalDate today) {
        List<BranchYear> branches = new ArrayList<>();
        List<?> units = em.createNativeQuery(BRANCHES.formatted(narrowing)).setParameter(1, place.getId())
                .setParameter(2, place.subtreePath() + "%").setParameter(3, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(4, place.subtreePath().length() + 1).setParameter(5, Date.valueOf(LocalDate.of(year, 12, 31)))
                .setParameter(6, year).getResultList();
        for (Object row : units) {
            Object[] r = (Object[]) row;
            int keptMonths = (int) number(r[6]);
            List<MeetingSchedule.Period> due = MeetingSchedule.due(year, Cadence.valueOf((String) r[2]), day(r[4]),
                    day(r[5]), today);
            int kept = (int) due.stream().filter(p -> IntStream.rangeClosed(1, 12)
                    .anyMatch(month -> p.holds(month) && (keptMonths & 1 << month - 1) != 0)).count();
            branches.add(new BranchYear(((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[3], due.size(), kept,
                    number(r[7]), (int) number(r[8]), (long) number(r[9])));
        }
        return branches;
    }

    private static LocalDate day(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
