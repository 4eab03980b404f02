package vn.doanthe.meeting.entity;

/** A branch's grade for a year, best first: vững mạnh, khá, trung bình, yếu. */
public enum BranchGrade {
    STRONG, GOOD, AVERAGE, WEAK
}
