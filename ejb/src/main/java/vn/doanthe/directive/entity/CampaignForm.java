package vn.doanthe.directive.entity;

/** Where a campaign's summary is presented: in the branch's regular meeting, a thematic meeting, or a conference. */
public enum CampaignForm {
    REGULAR_MEETING,
    THEMATIC_MEETING,
    CONFERENCE
}
