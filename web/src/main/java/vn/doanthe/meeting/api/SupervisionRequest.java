package vn.doanthe.meeting.api;

/** Body of POST /supervisions; {@code required} none: by the level of the cadre's post. */
public class SupervisionRequest {

    public Long personId;

    public Long orgUnitId;

    public Integer year;

    public Integer required;
}
