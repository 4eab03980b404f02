package vn.doanthe.cadre.api;

/** Body of POST /post-holdings/{id}/end: the holder's last day in the post and why they left. */
public class HoldingEndRequest {

    public String on;

    public String reason;
}
