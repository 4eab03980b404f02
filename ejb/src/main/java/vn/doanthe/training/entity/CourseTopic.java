package vn.doanthe.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A topic (chuyên đề) of a course, compulsory or elective. */
@Embeddable
public class CourseTopic implements Serializable {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private boolean compulsory;

    protected CourseTopic() {
    }

    public CourseTopic(String title, boolean compulsory) {
        this.title = title;
        this.compulsory = compulsory;
    }

    public String getTitle() {
        return title;
    }

    public boolean isCompulsory() {
        return compulsory;
    }

    /** As the audit trail records a topic among the course's fields. */
    @Override
    public String toString() {
        return title + (compulsory ? " (compulsory)" : " (elective)");
    }
}
