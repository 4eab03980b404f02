package vn.doanthe.training.api;

import java.util.List;

/** Body of POST /courses; dates {@code yyyy-MM-dd}; every mistake is answered at once by the boundary. */
public class CourseRequest {

    public String title;

    /** The organisation's code (HPN, DTN...), the organiser's own. */
    public String organisation;

    public Long organiserUnitId;

    public String from;

    public String to;

    /** IN_PERSON, ONLINE or MIXED. */
    public String mode;

    public String venue;

    /** The plan or decision the course carries out, its symbol as written. */
    public String programme;

    /** The yearly plan the course carries out (GET /training-plans): the organiser's, of the year the course ends in. */
    public Long planId;

    /** Post codes, as GET /posts lists them: the course is for their holders. */
    public List<String> targetPosts;

    public List<TopicRequest> topics;
}
