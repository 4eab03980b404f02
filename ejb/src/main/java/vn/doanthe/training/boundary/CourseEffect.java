package vn.doanthe.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What a course changed where its trainees lead (hiệu quả sau tập huấn): the member figures of the
 * branches of the trainees who completed it, a year before the course ended and a year after (today,
 * while that year runs), beside the same figures of the other branches of the same kind under the
 * organiser, whose cadres it did not train; and the meetings each side held in the year before the
 * course ended and in the year after, with their attendance.
 *
 * @param yearPassed whether the year after has passed; until then {@code after} is today
 */
public record CourseEffect(Long courseId, String title, LocalDate endsOn, LocalDate before, LocalDate after,
                           boolean yearPassed, Group trained, Group untrained, List<Branch> branches)
        implements Serializable {

    /**
     * One branch's figures on both days, and its meetings in the year before the course ended and in
     * the year after it (to {@code after}).
     */
    public record Branch(Long orgUnitId, String name, String place, boolean trained, Figures before, Figures after,
                         Meetings meetingsBefore, Meetings meetingsAfter) implements Serializable {
    }

    /** Meetings held that keep the schedule (regular and thematic), and their mean attendance (none without a roll call). */
    public record Meetings(long held, BigDecimal averageAttendance) implements Serializable {

        static Meetings of(BranchMeetings.Held held) {
            return new Meetings(held.meetings(), held.averageAttendance());
        }
    }

    /** Members counted, members working away, away members kept in contact. */
    public record Figures(long members, long away, long inContact) implements Serializable {

        Figures plus(Figures other) {
            return new Figures(members + other.members, away + other.away, inContact + other.inContact);
        }
    }

    /**
     * The branches of one side summed, and the change of their members from before to after as a
     * ratio to 4 decimals (null when they had none before); {@code inContactRatio*}: the share of
     * away members kept in contact.
     */
    public record Group(int branches, Figures before, Figures after, BigDecimal memberChange,
                        BigDecimal inContactRatioBefore, BigDecimal inContactRatioAfter, Meetings meetingsBefore,
                        Meetings meetingsAfter) implements Serializable {

        static Group of(List<Branch> branches, BranchMeetings.Held heldBefore, BranchMeetings.Held heldAfter) {
            Figures before = new Figures(0, 0, 0);
            Figures after = new Figures(0, 0, 0);
            for (Branch b : branches) {
                before = before.plus(b.before());
                after = after.plus(b.after());
            }
            return new Group(branches.size(), before, after, ratio(after.members() - before.members(), before.members()),
                    ratio(before.inContact(), before.away()), ratio(after.inContact(), after.away()),
                    Meetings.of(heldBefore), Meetings.of(heldAfter));
        }

        private static BigDecimal ratio(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        }
    }
}
