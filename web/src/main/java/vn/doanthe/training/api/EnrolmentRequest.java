package vn.doanthe.training.api;

/** Body of POST /courses/{id}/enrolments. */
public class EnrolmentRequest {

    public Long personId;

    /** True to enrol a person who holds none of the course's target posts, on purpose. */
    public Boolean outsideTarget;
}
