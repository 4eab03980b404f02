package vn.doanthe.meeting.web;

import java.io.Serializable;
import vn.doanthe.meeting.control.MeetingFigures.OnRoll;
import vn.doanthe.meeting.entity.AttendanceState;

/** A member on the roll as the page edits it. */
public final class RollRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OnRoll member;
    private AttendanceState state;

    RollRow(OnRoll member) {
        this.member = member;
        this.state = member.state();
    }

    public OnRoll getMember() {
        return member;
    }

    public AttendanceState getState() {
        return state;
    }

    public void setState(AttendanceState state) {
        this.state = state;
    }
}
