package vn.doanthe.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.meeting.boundary.ClassificationList;
import vn.doanthe.meeting.boundary.ClassificationView;
import vn.doanthe.meeting.boundary.Classifications;
import vn.doanthe.meeting.boundary.GradingView;
import vn.doanthe.meeting.boundary.NewGrading;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.ClassificationStep;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.web.PlacePicker;

/**
 * The yearly classification of branches (xếp loại chi hội): the branches under a unit with the
 * figures of their year and the grade those suggest, each step recorded, one form to record the
 * next step, and the table a commune files.
 */
@Named
@ViewScoped
public class ClassificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Classifications classifications;

    @Inject
    Organisations organisations;

    @Inject
    AdminUnits adminUnits;

    private final PlacePicker place = new PlacePicker();
    private String organisation;
    private Integer year = VietnamTime.today().getYear();
    private ClassificationList shown;
    private String shownPlace;
    private String shownOrganisation;

    private ClassificationView branch;
    private ClassificationStep step;
    private BranchGrade grade;
    private String note;

    public void show() {
        String code = place.code();
        String of = organisation;
        Integer asked = year;
        if (Feedback.attempt("filterForm", () -> shown = classifications.of(code, of, asked))) {
            shownPlace = code;
            shownOrganisation = of;
        }
    }

    /** Opens the form for a branch: its next step, the grade its figures suggest. */
    public void open(ClassificationView chosen) {
        branch = chosen;
        step = chosen.self() == null ? ClassificationStep.SELF
                : chosen.appraised() == null ? ClassificationStep.APPRAISED : ClassificationStep.DECIDED;
        grade = chosen.standing() == null ? chosen.suggested() : chosen.standing();
        note = null;
    }

    public void save() {
        NewGrading grading = new NewGrading(branch.orgUnitId(), shown.year(), step, grade, note);
        if (Feedback.attempt("gradeForm", () -> classifications.record(grading))) {
            Feedback.info("classification.saved", branch.unitName());
            shown = classifications.of(shownPlace, shownOrganisation, shown.year());
            branch = null;
        }
    }

    public void exportXlsx() {
        Locale locale = ChosenLanguage.current();
        ClassificationList list = shown;
        Faces.sendFile(ClassificationSheet.fileName(list), true, out -> ClassificationSheet.write(list, locale, out));
    }

    /** A step of a branch's classification as recorded, or null. */
    public GradingView grading(ClassificationView c, ClassificationStep of) {
        return switch (of) {
            case SELF -> c.self();
            case APPRAISED -> c.appraised();
            case DECIDED -> c.decided();
        };
    }

    public List<String> completePlace(String text) {
        return place.complete(adminUnits, text);
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.all();
    }

    public BranchGrade[] getGrades() {
        return BranchGrade.values();
    }

    public ClassificationStep[] getSteps() {
        return ClassificationStep.values();
    }

    public PlacePicker getPlace() {
        return place;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ClassificationList getShown() {
        return shown;
    }

    public ClassificationView getBranch() {
        return branch;
    }

    public ClassificationStep getStep() {
        return step;
    }

    public void setStep(ClassificationStep step) {
        this.step = step;
    }

    public BranchGrade getGrade() {
        return grade;
    }

    public void setGrade(BranchGrade grade) {
        this.grade = grade;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
