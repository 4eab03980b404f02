package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.doanthe.meeting.entity.ClassificationCriteria;
import vn.doanthe.meeting.entity.GradeThresholds;

/**
 * A version of an organisation's classification criteria: the dues a member owes in a year (none:
 * not judged), what each grade asks, and how many classifications were decided under it.
 */
public record CriteriaView(Long id, String organisation, int number, Long duesPerMember, Thresholds strong,
                           Thresholds good, Thresholds average, LocalDateTime createdAt, long decided)
        implements Serializable {

    /** What a grade asks: shares from 0 to 1. */
    public record Thresholds(BigDecimal attendance, BigDecimal kept, BigDecimal dues) implements Serializable {

        static Thresholds of(GradeThresholds t) {
            return new Thresholds(t.getAttendance(), t.getKept(), t.getDues());
        }

        GradeThresholds entity() {
            return new GradeThresholds(attendance, kept, dues);
        }
    }

    static CriteriaView of(ClassificationCriteria c, long decided) {
        return new CriteriaView(c.getId(), c.getOrganisation().getCode(), c.getNumber(), c.getDuesPerMember(),
                Thresholds.of(c.getStrong()), Thresholds.of(c.getGood()), Thresholds.of(c.getAverage()), c.getCreatedAt(),
                decided);
    }
}
