package vn.doanthe.meeting.api;

/** A task of the minutes; {@code dueOn} {@code yyyy-MM-dd}. */
public class TaskRequest {

    public String text;

    public String owner;

    public String dueOn;
}
