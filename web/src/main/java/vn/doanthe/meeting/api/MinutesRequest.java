package vn.doanthe.meeting.api;

import java.util.List;

/** Body of PUT /meetings/{id}/minutes; {@code duesCollected} in đồng. */
public class MinutesRequest {

    public String discussion;

    public List<ConclusionRequest> conclusions;

    public List<TaskRequest> tasks;

    public Long duesCollected;
}
