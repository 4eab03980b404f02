package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.doanthe.meeting.entity.BranchGrade;

/**
 * The branches under a unit and their classification for a year: how many were decided at each
 * grade, how many are not decided yet, and each branch by place and name.
 */
public record ClassificationList(String unit, String name, int year, Map<BranchGrade, Long> decided, long undecided,
                                 List<ClassificationView> items) implements Serializable {
}
