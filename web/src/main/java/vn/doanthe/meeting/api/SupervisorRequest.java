package vn.doanthe.meeting.api;

/** A line of PUT /meetings/{id}/supervisors: a supervising cadre who attended, and their remarks. */
public class SupervisorRequest {

    public Long personId;

    public String remark;
}
