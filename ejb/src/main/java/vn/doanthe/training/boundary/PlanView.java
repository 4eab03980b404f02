package vn.doanthe.training.boundary;

import java.io.Serializable;
import vn.doanthe.training.entity.TrainingPlan;

/**
 * A yearly training plan and how far it has come: the courses that carry it out, the persons
 * enrolled in them and those who completed, beside the numbers planned.
 */
public record PlanView(Long id, Long organiserUnitId, String organiserName, String place, String organisation, int year,
                       String title, String decision, Integer plannedCourses, Integer plannedTrainees, long courses,
                       long trainees, long completed) implements Serializable {

    static PlanView of(TrainingPlan p, long courses, long trainees, long completed) {
        return new PlanView(p.getId(), p.getOrganiser().getId(), p.getOrganiser().getName(),
                p.getOrganiser().getAdminUnit().described(), p.getOrganiser().getOrganisation().getCode(), p.getYear(),
                p.getTitle(), p.getDecision(), p.getPlannedCourses(), p.getPlannedTrainees(), courses, trainees,
                completed);
    }
}
