package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One step of a classification as recorded: the grade given, by whom, when, and why. */
@Embeddable
public class Grading implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private BranchGrade grade;

    @Column(length = 100)
    private String by;

    @Column
    private LocalDateTime at;

    @Column(length = 2000)
    private String note;

    protected Grading() {
    }

    public Grading(BranchGrade grade, String by, LocalDateTime at, String note) {
        this.grade = grade;
        this.by = by;
        this.at = at;
        this.note = note;
    }

    public BranchGrade getGrade() {
        return grade;
    }

    public String getBy() {
        return by;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }

    /** As the audit trail records it. */
    @Override
    public String toString() {
        return grade + " (" + by + ", " + at + ")" + (note == null ? "" : ": " + note);
    }
}
