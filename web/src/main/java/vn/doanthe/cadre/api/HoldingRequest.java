package vn.doanthe.cadre.api;

/** Body of POST /post-holdings; dates {@code yyyy-MM-dd}; every mistake is answered at once by the boundary. */
public class HoldingRequest {

    public Long personId;

    public Long orgUnitId;

    /** A post code, as GET /posts lists them. */
    public String post;

    public String from;

    public String to;

    /** ELECTED, APPOINTED or ACTING. */
    public String mode;

    /** The congress resolution or decision, its symbol as written. */
    public String decision;
}
