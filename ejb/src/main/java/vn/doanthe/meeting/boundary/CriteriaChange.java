package vn.doanthe.meeting.boundary;

/** New classification criteria for an organisation: the dues a member owes in a year, and each grade's thresholds. */
public record CriteriaChange(Long duesPerMember, CriteriaView.Thresholds strong, CriteriaView.Thresholds good,
                             CriteriaView.Thresholds average) {
}
