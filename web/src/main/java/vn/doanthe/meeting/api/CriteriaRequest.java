package vn.doanthe.meeting.api;

/** Body of PUT /classification-criteria/{organisation}: the dues a member owes a year (VND, optional) and each grade's thresholds. */
public class CriteriaRequest {

    public Long duesPerMember;

    public ThresholdsRequest strong;

    public ThresholdsRequest good;

    public ThresholdsRequest average;
}
