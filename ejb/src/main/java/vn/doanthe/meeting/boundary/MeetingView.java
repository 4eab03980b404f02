package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.directive.boundary.BranchSession;
import vn.doanthe.meeting.control.MeetingFigures.Attendance;
import vn.doanthe.meeting.control.MeetingFigures.OnRoll;
import vn.doanthe.meeting.control.TasksToFollow.OpenTask;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.MeetingType;

/**
 * A meeting: its branch (name, and the branch's place named in words), where it was held ({@code
 * place}), and its attendance, counted on the branch's roll of the day held: {@code expected} its
 * members active that day; {@code away} those working away, not expected; {@code present} and
 * {@code excused} the expected members so marked; {@code absent} the other expected members
 * (marked absent or not called); {@code awayPresent} members working away who came all the same;
 * {@code attendanceRate} present / expected, four decimals (none without members expected);
 * {@code belowMinimum} under the share the unit type's rule asks. {@code roll}: every member on the
 * roll that day, by given name, with their state (none when not called), and {@code directiveSessions}
 * the campaign sessions held in the meeting, {@code minutes}, {@code tasksToFollow} (the tasks of
 * earlier adopted minutes it follows up), {@code quality} and {@code supervisors} (the supervising cadres
 * who attended, with their remarks) — these only when one meeting is read.
 */
public record MeetingView(Long id, Long orgUnitId, String unitName, String unitPlace, String organisation,
                          MeetingType type, LocalDate plannedOn, LocalDate heldOn, String place, String chair,
                          String secretary, String guests, List<String> agenda, boolean adopted, long expected,
                          long present, long excused, long absent, long away, long awayPresent,
                          BigDecimal attendanceRate, boolean belowMinimum, List<OnRoll> roll,
                          List<BranchSession> directiveSessions, MinutesView minutes, List<OpenTask> tasksToFollow,
                          MeetingQuality quality, List<SupervisorLine> supervisors, int version) implements Serializable {

    static MeetingView of(Meeting m, Attendance figures, BigDecimal minimum, List<OnRoll> roll,
                          List<BranchSession> sessions, MinutesView minutes, List<OpenTask> tasksToFollow) {
        BigDecimal rate = figures.rate();
        return new MeetingView(m.getId(), m.getUnit().getId(), m.getUnit().getName(), m.getPlace().described(),
                m.getUnit().getOrganisation().getCode(), m.getType(), m.getPlannedOn(), m.getHeldOn(), m.getVenue(),
                m.getChair(), m.getSecretary(), m.getGuests(), m.getAgenda(), m.isAdopted(), figures.expected(),
                figures.present(), figures.excused(), figures.absent(), figures.away(), figures.awayPresent(), rate,
                rate != null && minimum != null && rate.compareTo(minimum) < 0, roll, sessions,
                minutes, tasksToFollow, minutes == null ? null : new MeetingQuality(rate, !m.getAgenda().isEmpty(),
                        !sessions.isEmpty(), tasksToFollow.stream().allMatch(t -> t.done() != null)),
                minutes == null ? List.of() : m.getSupervisors().stream()
                        .map(s -> new SupervisorLine(s.getPersonId(), s.getRemark())).toList(), m.getVersion());
    }
}
