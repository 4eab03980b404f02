package vn.doanthe.meeting.api;

/** A conclusion of the minutes, with its vote when one was taken. */
public class ConclusionRequest {

    public String text;

    public Integer votesFor;

    public Integer votesAgainst;

    public Integer abstentions;
}
