package vn.doanthe.directive.api;

import java.util.List;

/** Body of POST /campaigns; {@code deadline} {@code yyyy-MM-dd}; every mistake is answered at once. */
public class CampaignRequest {

    public Long directiveId;

    /** The approved summary version passed on. */
    public Long summaryId;

    /** The territorial unit code of the territory it reaches. */
    public String unit;

    /** The organisations' codes (HPN, DTN…): their lowest units in the territory are the targets. */
    public List<String> organisations;

    public String deadline;

    /** When the levels below send their consolidated report up; {@code yyyy-MM-dd}; none: a week after the deadline. */
    public String reportDue;

    /** REGULAR_MEETING, THEMATIC_MEETING or CONFERENCE. */
    public String form;
}
