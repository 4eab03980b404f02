package vn.doanthe.member.api;

/** Body of PUT /member-ratings/{personId}/{year}: one branch's record of one member for one year. */
public class RatingEntryRequest {

    /** The Youth Union branch recording. */
    public Long orgUnitId;

    /** The member's self-assessment: EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED. */
    public String selfLevel;

    public String selfComment;

    /** The branch's comment on the member. */
    public String comment;

    /** The branch's decision, one of the same four levels; absent while not decided. */
    public String level;

    /** The version read, to refuse a form saved over another's change (409). */
    public Integer version;
}
