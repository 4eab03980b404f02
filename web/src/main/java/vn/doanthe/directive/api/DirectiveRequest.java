package vn.doanthe.directive.api;

/** Body of POST /directives and PUT /directives/{id}; dates {@code yyyy-MM-dd}; every mistake is answered at once. */
public class DirectiveRequest {

    /** As written on the document: 26-CT/TU, 03-HD/BTGDVTW, 13/HD-ĐCT-TC. */
    public String symbol;

    public String issuer;

    /** DIRECTIVE, RESOLUTION, REGULATION, PLAN, GUIDANCE, CONCLUSION, NOTICE or OTHER. */
    public String type;

    /** The number of the symbol; read from its leading digits when not given. */
    public Integer number;

    public String issuedOn;

    /** The term the number belongs to, as written (2025-2030). */
    public String term;

    public String title;

    /** The territorial unit code of the level whose register holds it; the caller's own when not given. */
    public String unit;

    /** PUT only: the version read with GET /directives/{id}; a newer one on the server answers 409. */
    public Integer version;
}
