package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A task of an earlier meeting (its meeting and position) followed up: done or not, and what was said. */
@Embeddable
public class FollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "task_meeting_id", nullable = false)
    private Long taskMeetingId;

    @Column(name = "task_position", nullable = false)
    private int taskPosition;

    @Column(nullable = false)
    private boolean done;

    @Column(length = 500)
    private String note;

    protected FollowUp() {
    }

    public FollowUp(Long taskMeetingId, int taskPosition, boolean done, String note) {
        this.taskMeetingId = taskMeetingId;
        this.taskPosition = taskPosition;
        this.done = done;
        this.note = note;
    }

    public Long getTaskMeetingId() {
        return taskMeetingId;
    }

    public int getTaskPosition() {
        return taskPosition;
    }

    public boolean isDone() {
        return done;
    }

    public String getNote() {
        return note;
    }

    /** As the audit trail records it: "meeting#position=done". */
    @Override
    public String toString() {
        return taskMeetingId + "#" + taskPosition + "=" + (done ? "done" : "open") + (note == null ? "" : " " + note);
    }
}
