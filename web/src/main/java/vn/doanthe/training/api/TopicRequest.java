package vn.doanthe.training.api;

/** A topic of a course in POST /courses; {@code compulsory} left out is compulsory. */
public class TopicRequest {

    public String title;

    public Boolean compulsory;
}
