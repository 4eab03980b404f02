package vn.doanthe.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * A yearly training plan (kế hoạch đào tạo, bồi dưỡng) of an organisation unit: under which
 * programme or decision, how many courses and trainees it aims at. Courses carry it out.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organiser_unit_id")
    private OrgUnit organiser;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 100)
    private String decision;

    @Column(name = "planned_courses")
    private Integer plannedCourses;

    @Column(name = "planned_trainees")
    private Integer plannedTrainees;

    protected TrainingPlan() {
    }

    public TrainingPlan(OrgUnit organiser, int year, String title, String decision, Integer plannedCourses,
                        Integer plannedTrainees) {
        this.organiser = organiser;
        this.year = year;
        this.title = title;
        this.decision = decision;
        this.plannedCourses = plannedCourses;
        this.plannedTrainees = plannedTrainees;
    }

    public OrgUnit getOrganiser() {
        return organiser;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDecision() {
        return decision;
    }

    public Integer getPlannedCourses() {
        return plannedCourses;
    }

    public Integer getPlannedTrainees() {
        return plannedTrainees;
    }

    /** Where the planning unit stands. */
    @Override
    public Place territory() {
        return organiser == null ? null : organiser.getAdminUnit();
    }
}
