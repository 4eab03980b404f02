package vn.doanthe.meeting.api;

/** A line of PUT /meetings/{id}/attendance: a member, and {@code state} PRESENT, EXCUSED or ABSENT. */
public class AttendanceRequest {

    public Long personId;

    public String state;
}
