package vn.doanthe.cadre.api;

/** Body of POST /posts (all fields) and PUT /posts/{code} (name, rank, singleHolder, termMonths, active). */
public class PostTypeRequest {

    public String code;

    public String name;

    public String organisation;

    public String unitType;

    /** HEAD, DEPUTY or MEMBER. */
    public String rank;

    public Boolean singleHolder;

    /** The usual term in months; absent for no fixed term. */
    public Integer termMonths;

    public Boolean active;
}
