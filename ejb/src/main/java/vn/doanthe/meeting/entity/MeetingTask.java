package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A task a meeting gave (nhiệm vụ): what, who carries it out, by when. */
@Embeddable
public class MeetingTask implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(length = 200)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected MeetingTask() {
    }

    public MeetingTask(String text, String owner, LocalDate dueOn) {
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    @Override
    public String toString() {
        return text + (owner == null ? "" : " — " + owner) + (dueOn == null ? "" : " — " + dueOn);
    }
}
