package vn.doanthe.organisation.api;

import jakarta.validation.constraints.Size;

/**
 * Body of POST /org-units/{id}/close: the closing day (today when absent) and why.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class CloseRequest {

    public String day;

    @Size(max = 500, message = "{validation.size}")
    public String reason;
}
