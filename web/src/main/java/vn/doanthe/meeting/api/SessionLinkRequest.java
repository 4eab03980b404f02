package vn.doanthe.meeting.api;

/** Body of POST /meetings/{id}/sessions: a campaign session the branch held in the meeting. */
public class SessionLinkRequest {

    public Long sessionId;
}
