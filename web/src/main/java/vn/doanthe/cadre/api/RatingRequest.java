package vn.doanthe.cadre.api;

/** Body of PUT /cadres/{personId}/ratings/{year}. */
public class RatingRequest {

    /** EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED. */
    public String level;

    /** The review's words about the cadre. */
    public String comment;
}
