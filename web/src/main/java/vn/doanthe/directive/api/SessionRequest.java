package vn.doanthe.directive.api;

import java.util.List;

/** Body of POST /campaigns/{id}/sessions; {@code heldOn} {@code yyyy-MM-dd}. */
public class SessionRequest {

    public Long orgUnitId;

    public String heldOn;

    public String presenter;

    /** The ids of the branch's members present. */
    public List<Long> attendees;

    /** How many others came (guests, non-members). */
    public Integer othersPresent;

    public String questions;

    public List<OpinionRequest> opinions;
}
