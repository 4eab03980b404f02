package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.doanthe.meeting.entity.BranchClassification;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.BranchYearFigures;
import vn.doanthe.meeting.entity.ClassificationCriteria;
import vn.doanthe.meeting.entity.ClassificationStep;
import vn.doanthe.organisation.entity.OrgUnit;

/**
 * A branch's classification for a year: the branch and where it is (in words, its code last), the
 * figures of its year (as they stand, or as they were when decided), the grade they suggest under
 * the criteria version named, and each step recorded (null until it is).
 */
public record ClassificationView(long orgUnitId, String unitName, String place, int year, int criteria, int owed,
                                 int kept, BigDecimal keptShare, BigDecimal attendance, BigDecimal dues,
                                 BranchGrade suggested, GradingView self, GradingView appraised, GradingView decided)
        implements Serializable {

    /** Not classified yet: the year as it stands. */
    static ClassificationView of(OrgUnit unit, int year, ClassificationCriteria criteria, BranchYearFigures figures) {
        return new ClassificationView(unit.getId(), unit.getName(), unit.getAdminUnit().described(), year,
                criteria.getNumber(), figures.owed(), figures.kept(), figures.keptShare(), figures.attendance(),
                figures.dues(), criteria.suggest(figures.attendance(), figures.keptShare(), figures.dues()), null, null,
                null);
    }

    static ClassificationView of(BranchClassification c) {
        BranchYearFigures figures = new BranchYearFigures(c.getOwed(), c.getKept(), c.getAttendance(), c.getDues());
        OrgUnit unit = c.getUnit();
        return new ClassificationView(unit.getId(), unit.getName(), unit.getAdminUnit().described(), c.getYear(),
                c.getCriteria().getNumber(), c.getOwed(), c.getKept(), figures.keptShare(), c.getAttendance(), c.getDues(),
                c.getSuggested(), GradingView.of(c.step(ClassificationStep.SELF)),
                GradingView.of(c.step(ClassificationStep.APPRAISED)), GradingView.of(c.step(ClassificationStep.DECIDED)));
    }

    /** The grade that stands: the decision, else the appraisal, else the branch's own. */
    public BranchGrade standing() {
        GradingView latest = decided != null ? decided : appraised != null ? appraised : self;
        return latest == null ? null : latest.grade();
    }
}
