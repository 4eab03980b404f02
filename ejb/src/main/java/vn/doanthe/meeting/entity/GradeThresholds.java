package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a grade asks of a branch's year, each a share from 0 to 1: the mean attendance of its
 * meetings, the periods of its cadence in which it met, and the dues collected of those owed (none:
 * dues are not judged for this grade).
 */
@Embeddable
public class GradeThresholds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(precision = 5, scale = 4)
    private BigDecimal attendance;

    @Column(precision = 5, scale = 4)
    private BigDecimal kept;

    @Column(precision = 5, scale = 4)
    private BigDecimal dues;

    protected GradeThresholds() {
    }

    public GradeThresholds(BigDecimal attendance, BigDecimal kept, BigDecimal dues) {
        this.attendance = attendance;
        this.kept = kept;
        this.dues = dues;
    }

    /** Whether a year's figures meet every threshold; a figure that could not be worked out meets none. */
    public boolean metBy(BigDecimal attendance, BigDecimal kept, BigDecimal dues) {
        return atLeast(attendance, this.attendance) && atLeast(kept, this.kept)
                && (this.dues == null || atLeast(dues, this.dues));
    }

    private static boolean atLeast(BigDecimal figure, BigDecimal threshold) {
        return figure != null && figure.compareTo(threshold) >= 0;
    }

    public BigDecimal getAttendance() {
        return attendance;
    }

    public BigDecimal getKept() {
        return kept;
    }

    public BigDecimal getDues() {
        return dues;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GradeThresholds t && Objects.equals(attendance, t.attendance)
                && Objects.equals(kept, t.kept) && Objects.equals(dues, t.dues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attendance, kept, dues);
    }

    /** As the audit trail records it. */
    @Override
    public String toString() {
        return "attendance=" + attendance + ", kept=" + kept + ", dues=" + dues;
    }
}
