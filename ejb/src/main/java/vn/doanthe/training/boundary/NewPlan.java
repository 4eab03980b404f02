package vn.doanthe.training.boundary;

/** A unit's yearly training plan as entered; the targets are optional. */
public record NewPlan(Long organiserUnitId, String organisation, Integer year, String title, String decision,
                      Integer plannedCourses, Integer plannedTrainees) {
}
