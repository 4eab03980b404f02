package vn.doanthe.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.training.boundary.CourseQuery;
import vn.doanthe.training.boundary.CourseView;
import vn.doanthe.training.boundary.Courses;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.boundary.Enrolments;

/**
 * The training courses page (Lớp tập huấn): the courses of a year the caller sees, latest first,
 * and the trainees of the course chosen. The forms that change them are {@link CourseFormView}'s.
 */
@Named
@ViewScoped
public class CourseListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOST = PageRequest.MAX_SIZE;

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    Organisations organisations;

    private Integer year;
    private String organisation;
    private List<CourseView> list = List.of();
    private CourseView chosen;
    private List<EnrolmentView> trainees = List.of();

    @PostConstruct
    void init() {
        year = VietnamTime.today().getYear();
        search();
    }

    public void search() {
        Feedback.attempt("filterForm", () -> list = courses.list(new CourseQuery(organisation, year),
                new PageRequest(0, MOST)).items());
        if (chosen != null && list.stream().noneMatch(c -> c.id().equals(chosen.id()))) {
            choose(null);
        }
    }

    /** The courses of the year and organisation chosen, downloaded as a spreadsheet. */
    public void exportXlsx() {
        CourseQuery query = new CourseQuery(organisation, year);
        Locale locale = ChosenLanguage.current();
        Feedback.attempt("filterForm", () -> {
            List<CourseView> all = courses.all(query);
            Faces.sendFile(CourseSheets.COURSES_FILE, true, out -> CourseSheets.courses(all, locale, out));
        });
    }

    /** The trainees of the course shown, downloaded as a spreadsheet (the issue is recorded). */
    public void exportTrainees() {
        Locale locale = ChosenLanguage.current();
        Feedback.attempt("traineesForm", () -> {
            List<EnrolmentView> all = enrolments.exportOfCourse(chosen.id());
            Faces.sendFile(CourseSheets.traineesFile(chosen.id()), true, out -> CourseSheets.trainees(all, locale, out));
        });
    }

    /** Shows the trainees of the course (or none). */
    public void choose(CourseView course) {
        chosen = course;
        refreshTrainees();
    }

    /** After a form enrolled, withdrew or recorded the result of a trainee of the course shown. */
    public void refreshTrainees() {
        trainees = chosen == null ? List.of() : enrolments.ofCourse(chosen.id());
    }

    /** The score as Vietnamese write it (8,5). */
    public String scoreOf(EnrolmentView enrolment) {
        return enrolment.score() == null ? "" : enrolment.score().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.all();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<CourseView> getList() {
        return list;
    }

    public CourseView getChosen() {
        return chosen;
    }

    public List<EnrolmentView> getTrainees() {
        return trainees;
    }
}
