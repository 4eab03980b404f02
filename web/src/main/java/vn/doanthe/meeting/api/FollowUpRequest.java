package vn.doanthe.meeting.api;

/** A line of PUT /meetings/{id}/follow-ups: a task of earlier minutes (its meeting and position), done or not. */
public class FollowUpRequest {

    public Long meetingId;

    public Integer position;

    public Boolean done;

    public String note;
}
