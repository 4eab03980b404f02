package vn.doanthe.meeting.api;

import java.util.List;

/** Body of POST /meetings; days {@code yyyy-MM-dd}; {@code type} REGULAR, THEMATIC, EXTRAORDINARY or CONGRESS. */
public class MeetingRequest {

    public Long orgUnitId;

    public String type;

    public String plannedOn;

    public String heldOn;

    /** Where it was held. */
    public String place;

    public String chair;

    public String secretary;

    public String guests;

    public List<String> agenda;
}
