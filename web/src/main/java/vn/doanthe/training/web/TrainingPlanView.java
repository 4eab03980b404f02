package vn.doanthe.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.training.boundary.NewPlan;
import vn.doanthe.training.boundary.PlanView;
import vn.doanthe.training.boundary.TrainingPlans;

/**
 * The yearly plans on the courses page: those of the year and organisation the course list shows,
 * with how far their courses have come, and the form of a new plan.
 */
@Named
@ViewScoped
public class TrainingPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingPlans plans;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CourseListView page;

    private List<PlanView> list;
    private final UnitPicker organiser = new UnitPicker();
    private Integer year;
    private String title;
    private String decision;
    private Integer plannedCourses;
    private Integer plannedTrainees;

    /** The plans of the year and organisation chosen above the course list. */
    public List<PlanView> getList() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public void refresh() {
        list = plans.list(page.getYear(), page.getOrganisation());
    }

    public void prepare() {
        organiser.clear();
        year = page.getYear() == null ? VietnamTime.today().getYear() : page.getYear();
        title = null;
        decision = null;
        plannedCourses = null;
        plannedTrainees = null;
    }

    public void save() {
        NewPlan plan = new NewPlan(organiser.id(), null, year, title, decision, plannedCourses, plannedTrainees);
        if (Feedback.attempt("planForm", () -> plans.create(plan))) {
            Feedback.info("training.plan.saved");
            refresh();
        }
    }

    public List<String> completeOrganiser(String text) {
        return organiser.complete(orgUnits, text);
    }

    public UnitPicker getOrganiser() {
        return organiser;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public Integer getPlannedCourses() {
        return plannedCourses;
    }

    public void setPlannedCourses(Integer plannedCourses) {
        this.plannedCourses = plannedCourses;
    }

    public Integer getPlannedTrainees() {
        return plannedTrainees;
    }

    public void setPlannedTrainees(Integer plannedTrainees) {
        this.plannedTrainees = plannedTrainees;
    }
}
