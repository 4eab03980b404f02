package vn.doanthe.training.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.training.entity.TrainingPlan;

/** A training plan by its id, as the caller may see it: one outside the scope is answered as missing. */
@Dependent
public class PlanFinder {

    @PersistenceContext
    EntityManager em;

    /** The plan; refused as not found, naming {@code field} (the path's id, or a command's planId). */
    public TrainingPlan seen(Scope scope, Long id, String field) {
        TrainingPlan plan = id == null ? null : em.find(TrainingPlan.class, id);
        if (plan == null) {
            throw new RecordNotFound(field, "training.error.planNotFound", id);
        }
        scope.require(scope.sees(plan.getOrganiser()), "TrainingPlan", id,
                () -> new RecordNotFound(field, "training.error.planNotFound", id));
        return plan;
    }
}
