package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.Grading;

/** A step of a classification: the grade, who gave it and when (UTC), and why. */
public record GradingView(BranchGrade grade, String by, LocalDateTime at, String note) implements Serializable {

    static GradingView of(Grading grading) {
        return grading == null ? null
                : new GradingView(grading.getGrade(), grading.getBy(), grading.getAt(), grading.getNote());
    }
}
