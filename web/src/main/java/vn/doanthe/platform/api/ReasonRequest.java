package vn.doanthe.platform.api;

import jakarta.validation.constraints.Size;

/** Why the user asks: to see masked personal data, to export it for its subject, to anonymise. */
public class ReasonRequest {

    @Size(max = 300, message = "{validation.size}")
    public String reason;
}
