package vn.doanthe.meeting.boundary;

import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.ClassificationStep;

/** A step of a branch's classification for a year: the grade given, and why (optional). */
public record NewGrading(Long orgUnitId, Integer year, ClassificationStep step, BranchGrade grade, String note) {
}
