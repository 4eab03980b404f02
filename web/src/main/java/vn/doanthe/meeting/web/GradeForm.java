package vn.doanthe.meeting.web;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.doanthe.meeting.boundary.CriteriaView;

/** What a grade asks, as typed on the rules page: percentages (dues may be left blank: not judged). */
public class GradeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal attendance;
    private BigDecimal kept;
    private BigDecimal dues;

    void fill(CriteriaView.Thresholds thresholds) {
        attendance = Percent.of(thresholds.attendance());
        kept = Percent.of(thresholds.kept());
        dues = Percent.of(thresholds.dues());
    }

    CriteriaView.Thresholds thresholds() {
        return new CriteriaView.Thresholds(Percent.share(attendance), Percent.share(kept), Percent.share(dues));
    }

    public BigDecimal getAttendance() {
        return attendance;
    }

    public void setAttendance(BigDecimal attendance) {
        this.attendance = attendance;
    }

    public BigDecimal getKept() {
        return kept;
    }

    public void setKept(BigDecimal kept) {
        this.kept = kept;
    }

    public BigDecimal getDues() {
        return dues;
    }

    public void setDues(BigDecimal dues) {
        this.dues = dues;
    }
}
