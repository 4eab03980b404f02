package vn.doanthe.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.meeting.entity.AttendanceState;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.MeetingRule;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.mutation.ChangesWritten;
import vn.doanthe.platform.person.BranchRollsChanged;

/**
 * A meeting's attendance counted on the branch's roll of the day it was held, from the membership
 * periods: a member is expected when active that day, and working away is listed apart, not
 * expected; the roll call counts only for members on that roll. The figures are kept on the
 * meeting's row (V31, derived and not audited) and counted again inside every command that takes
 * the roll call, changes a membership of the branch or merges a person called.
 */
@ApplicationScoped
public class MeetingFigures {

    /** The branch's members active or working away on the day, with their roll-call line if any. */
    private static final String ON_ROLL = """
              LEFT JOIN meeting_attendance a ON a.meeting_id = ?1 AND a.person_id = m.person_id
             WHERE p.org_unit_id = ?2 AND p.valid_from <= ?3 AND (p.valid_to IS NULL OR p.valid_to >= ?3)
               AND p.status IN ('ACTIVE', 'AWAY')""";

    /** A member active or working away on the meeting's day, in the meeting's branch. */
    private static final String ON_THE_DAY = """
            p.org_unit_id = mt.org_unit_id AND p.valid_from <= mt.held_on
            AND (p.valid_to IS NULL OR p.valid_to >= mt.held_on)""";

    private static final String MEMBERS = "(SELECT COUNT(*) FROM membership_period p WHERE p.status = '%s' AND "
            + ON_THE_DAY + ")";

    private static final String CALLED = """
            (SELECT COUNT(*) FROM meeting_attendance a JOIN membership m ON m.person_id = a.person_id
               JOIN membership_period p ON p.membership_id = m.id
              WHERE a.meeting_id = mt.id AND a.state = '%s' AND p.status = '%s' AND""" + " " + ON_THE_DAY + ")";

    private static final String RECOUNT = "UPDATE meeting mt SET expected = " + MEMBERS.formatted("ACTIVE")
            + ", present = " + CALLED.formatted("PRESENT", "ACTIVE") + ", excused = " + CALLED.formatted("EXCUSED", "ACTIVE")
            + ", away = " + MEMBERS.formatted("AWAY") + ", away_present = " + CALLED.formatted("PRESENT", "AWAY")
            + " WHERE ";

    private static final String ROLL = """
            SELECT person.id, person.full_name, person.birth_date, p.status = 'AWAY', m.away_contact, a.state
              FROM membership_period p JOIN membership m ON m.id = p.membership_id
              JOIN person ON person.id = m.person_id
            """ + ON_ROLL + """

             ORDER BY person.given_name, person.family_name, person.middle_name, person.id""";

    /** A meeting's attendance; {@code absent}: the expected members not present nor excused. */
    public record Attendance(long expected, long present, long excused, long away, long awayPresent)
            implements Serializable {

        /** The figures as the meeting was read, for meetings read and not changed in the request. */
        public static Attendance asRead(Meeting meeting) {
            return new Attendance(meeting.getExpected(), meeting.getPresent(), meeting.getExcused(), meeting.getAway(),
                    meeting.getAwayPresent());
        }

        public long absent() {
            return expected - present - excused;
        }

        /** Present of expected, four decimals; none when no member was expected. */
        public BigDecimal rate() {
            return expected == 0 ? null
                    : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP);
        }
    }

    /** A member on the roll of the day: working away (with the contact kept), and the state called (none: not called). */
    public record OnRoll(long personId, String fullName, LocalDate birthDate, boolean away, String awayContact,
                         AttendanceState state) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    BranchMeetingYears branchYears;

    /** The figures kept on the meeting's row. */
    public Attendance of(Meeting meeting) {
        return of(List.of(meeting.getId())).getOrDefault(meeting.getId(), new Attendance(0, 0, 0, 0, 0));
    }

    /** The figures kept on the meetings' rows, in one statement. */
    public Map<Long, Attendance> of(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Attendance> figures = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT id, expected, present, excused, away, away_present FROM meeting"
                + " WHERE id IN (" + ids(meetingIds) + ")").getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> figures.put(number(r[0]), new Attendance(number(r[1]),
                number(r[2]), number(r[3]), number(r[4]), number(r[5]))));
        return figures;
    }

    /** Counts the meeting's figures again, and its branch's years, inside the command that recorded it or took its roll call. */
    public void recount(Meeting meeting) {
        em.flush();
        em.createNativeQuery(RECOUNT + "mt.id = ?1").setParameter(1, meeting.getId()).executeUpdate();
        branchYears.sumAgain(List.of(meeting.getUnit().getId()));
    }

    /** Memberships of some units changed: the figures of all their meetings counted again. */
    void rollsChanged(@Observes BranchRollsChanged changed) {
        if (!changed.orgUnitIds().isEmpty()) {
            // Most branches whose roll changes hold no meeting: their years are not summed (no lock taken).
            if (em.createNativeQuery(RECOUNT + "mt.org_unit_id IN (" + ids(changed.orgUnitIds()) + ")").executeUpdate() > 0) {
                branchYears.sumAgain(changed.orgUnitIds());
            }
        }
    }

    /** A person changed (a merge makes the kept record answer the merged one's roll calls): their meetings counted again. */
    void personsChanged(@Observes ChangesWritten written) {
        List<Long> persons = written.changes().stream().filter(c -> c.entity() instanceof Person)
                .map(c -> c.entity().getId()).distinct().toList();
        if (!persons.isEmpty()) {
            String called = "SELECT a.meeting_id FROM meeting_attendance a WHERE a.person_id IN (" + ids(persons) + ")";
            if (em.createNativeQuery(RECOUNT + "mt.id IN (" + called + ")").executeUpdate() == 0) {
                return;
            }
            List<?> units = em.createNativeQuery("SELECT DISTINCT org_unit_id FROM meeting WHERE id IN (" + called + ")")
                    .getResultList();
            branchYears.sumAgain(units.stream().map(u -> ((Number) u).longValue()).toList());
        }
    }

    /** Every member on the branch's roll the day the meeting was held, by given name. */
    public List<OnRoll> roll(Meeting meeting) {
        List<?> rows = em.createNativeQuery(ROLL).setParameter(1, meeting.getId())
                .setParameter(2, meeting.getUnit().getId()).setParameter(3, Date.valueOf(meeting.getHeldOn()))
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new OnRoll(number(r[0]), (String) r[1],
                r[2] == null ? null : ((Date) r[2]).toLocalDate(), number(r[3]) == 1, (String) r[4],
                r[5] == null ? null : AttendanceState.valueOf((String) r[5]))).toList();
    }

    /** The share of members the unit's type asks to be present; none when its type has no rule. */
    public BigDecimal minimum(OrgUnit unit) {
        return em.createQuery("select r from MeetingRule r where r.unitType = :type", MeetingRule.class)
                .setParameter("type", unit.getType()).getResultStream().findFirst()
                .map(MeetingRule::getMinAttendance).orElse(null);
    }

    /** Ids the database gave, written into the statement. */
    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
