package vn.doanthe.training.api;

/** Body of POST /training-plans. */
public class PlanRequest {

    /** The unit that plans, one of the caller's. */
    public Long organiserUnitId;

    /** Optional: the organiser's organisation, checked when given. */
    public String organisation;

    public Integer year;

    public String title;

    /** The programme, plan or decision, its symbol as written. */
    public String decision;

    public Integer plannedCourses;

    public Integer plannedTrainees;
}
