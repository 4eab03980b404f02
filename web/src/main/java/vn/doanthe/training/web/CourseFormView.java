package vn.doanthe.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.member.web.PersonPicker;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.boundary.InvalidInput;
import org.omnifaces.util.Faces;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Dates;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.training.boundary.CourseView;
import vn.doanthe.training.boundary.CertificateView;
import vn.doanthe.training.boundary.Courses;
import vn.doanthe.training.boundary.EnrolmentResult;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.boundary.Enrolments;
import vn.doanthe.training.boundary.NewCourse;
import vn.doanthe.training.boundary.PlanView;
import vn.doanthe.training.boundary.TrainingPlans;
import vn.doanthe.training.boundary.NewEnrolment;
import vn.doanthe.training.entity.CourseMode;

/**
 * The forms of the training courses page: a new course (its organiser picked by name, its target
 * posts from the organiser's organisation, its topics one per line), a trainee enrolled, and a
 * trainee's result. Every mistake shows beside its field at once; the form keeps what was typed.
 */
@Named
@ViewScoped
public class CourseFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    Posts posts;

    @Inject
    OrgUnits orgUnits;

    @Inject
    PersonSearch personSearch;

    @Inject
    Dates dates;

    @Inject
    CourseListView page;

    @Inject
    TrainingPlans plans;

    @Inject
    TrainingPlanView planList;

    private final UnitPicker organiser = new UnitPicker();
    private String title;
    private LocalDate from;
    private LocalDate to;
    private CourseMode mode = CourseMode.IN_PERSON;
    private String venue;
    private String programme;
    private List<String> targetPosts = new ArrayList<>();
    private Long plan;
    private Long plansOf;
    private List<PlanView> organisersPlans = List.of();
    private String compulsoryTopics;
    private String electiveTopics;

    private final PersonPicker trainee = new PersonPicker();
    private boolean outsideTarget;

    private Long resultOf;
    private String resultFor;
    private Boolean attended;
    private String score;
    private boolean completed;
    private String reflection;

    public void prepare() {
        organiser.clear();
        title = null;
        from = null;
        to = null;
        mode = CourseMode.IN_PERSON;
        venue = null;
        programme = null;
        targetPosts = new ArrayList<>();
        plan = null;
        plansOf = null;
        compulsoryTopics = null;
        electiveTopics = null;
    }

    public List<String> completeOrganiser(String text) {
        return organiser.complete(orgUnits, text);
    }

    /** The posts of the organiser's organisation, to choose those the course is for. */
    public List<PostTypeView> getPosts() {
        OrgUnitView unit = organiser.unit();
        return unit == null ? List.of() : posts.list(unit.organisationCode()).stream().filter(PostTypeView::active).toList();
    }

    /**
     * The organiser's plans of last year, this year and next, for the course to carry one out; read
     * once for each organiser picked, not at every render of the menu.
     */
    public List<PlanView> getPlans() {
        OrgUnitView unit = organiser.unit();
        if (unit == null) {
            return List.of();
        }
        if (!unit.id().equals(plansOf)) {
            int year = VietnamTime.today().getYear();
            organisersPlans = new ArrayList<>();
            for (int y = year - 1; y <= year + 1; y++) {
                plans.list(y, unit.organisationCode()).stream().filter(p -> p.organiserUnitId().equals(unit.id()))
                        .forEach(organisersPlans::add);
            }
            plansOf = unit.id();
        }
        return organisersPlans;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    /** Saves the new course. */
    public void save() {
        List<NewCourse.Topic> topics = new ArrayList<>();
        lines(compulsoryTopics).forEach(line -> topics.add(new NewCourse.Topic(line, true)));
        lines(electiveTopics).forEach(line -> topics.add(new NewCourse.Topic(line, false)));
        NewCourse course = new NewCourse(title, null, organiser.id(), from, to, mode, venue, programme,
                List.copyOf(targetPosts), topics, plan);
        if (Feedback.attempt("courseForm", () -> courses.create(course))) {
            Feedback.info("training.course.saved");
            page.search();
            planList.refresh();
        }
    }

    public void prepareEnrol() {
        trainee.clear();
        outsideTarget = false;
    }

    public List<String> completeTrainee(String text) {
        return trainee.complete(personSearch, dates, text);
    }

    public void enrol(CourseView course) {
        if (Feedback.attempt("enrolForm", () -> enrolments.enrol(course.id(), new NewEnrolment(trainee.id(), outsideTarget)))) {
            Feedback.info("training.enrolment.saved");
            page.refreshTrainees();
        }
    }

    public void prepareResult(EnrolmentView enrolment) {
        resultOf = enrolment.id();
        resultFor = enrolment.fullName();
        attended = enrolment.attended() == null ? Boolean.TRUE : enrolment.attended();
        score = page.scoreOf(enrolment);
        completed = enrolment.completed() || enrolment.attended() == null;
        reflection = enrolment.reflection();
    }

    public void recordResult() {
        BigDecimal points;
        try {
            // Vietnamese write a decimal comma (8,5); a point is accepted too.
            points = score == null || score.isBlank() ? null : new BigDecimal(score.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            Feedback.refused(new InvalidInput("score", "training.error.score"), "resultForm");
            return;
        }
        EnrolmentResult result = new EnrolmentResult(attended, points, completed, reflection);
        if (Feedback.attempt("resultForm", () -> enrolments.result(resultOf, result))) {
            Feedback.info("training.result.saved");
            page.refreshTrainees();
        }
    }

    public void withdraw(EnrolmentView enrolment) {
        if (Feedback.attempt("traineesForm", () -> enrolments.withdraw(enrolment.id()))) {
            Feedback.info("training.enrolment.withdrawn", enrolment.fullName());
            page.refreshTrainees();
        }
    }

    /** Downloads the certificate of a trainee who completed the course. */
    public void certificate(EnrolmentView enrolment) {
        Feedback.attempt("traineesForm", () -> {
            CertificateView certificate = enrolments.certificate(enrolment.id());
            byte[] pdf = CertificatePdf.of(certificate, ChosenLanguage.current());
            Faces.sendFile(pdf, CertificatePdf.fileName(certificate), true);
        });
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public CourseMode[] getModes() {
        return CourseMode.values();
    }

    public UnitPicker getOrganiser() {
        return organiser;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public CourseMode getMode() {
        return mode;
    }

    public void setMode(CourseMode mode) {
        this.mode = mode;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<String> getTargetPosts() {
        return targetPosts;
    }

    public void setTargetPosts(List<String> targetPosts) {
        this.targetPosts = targetPosts;
    }

    public String getCompulsoryTopics() {
        return compulsoryTopics;
    }

    public void setCompulsoryTopics(String compulsoryTopics) {
        this.compulsoryTopics = compulsoryTopics;
    }

    public String getElectiveTopics() {
        return electiveTopics;
    }

    public void setElectiveTopics(String electiveTopics) {
        this.electiveTopics = electiveTopics;
    }

    public PersonPicker getTrainee() {
        return trainee;
    }

    public boolean isOutsideTarget() {
        return outsideTarget;
    }

    public void setOutsideTarget(boolean outsideTarget) {
        this.outsideTarget = outsideTarget;
    }

    public String getResultFor() {
        return resultFor;
    }

    public Boolean getAttended() {
        return attended;
    }

    public void setAttended(Boolean attended) {
        this.attended = attended;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public boolean isCompleted() {
        return completed;
    }

    public void setCompleted(boolean completed) {
        this.completed = completed;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
