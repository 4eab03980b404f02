package vn.doanthe.cadre.api;

/** Body of PUT /cadres/{personId}/profile: the whole file, as the form shows it. */
public class ProfileRequest {

    /** PRIMARY, SECONDARY, COLLEGE, UNIVERSITY, MASTER or DOCTORATE; absent when none. */
    public String professionalLevel;

    /** The field as written (Luật, Sư phạm Toán). */
    public String professionalField;

    /** ELEMENTARY, INTERMEDIATE, ADVANCED or BACHELOR; absent when none. */
    public String politicalTheory;

    /** A future cadre (nguồn cán bộ). */
    public Boolean successor;

    /** For which post the person is planned, as the unit wrote it. */
    public String successorNote;

    /** The version read with GET /cadres/{personId}; a newer one on the server answers 409. */
    public Integer version;
}
