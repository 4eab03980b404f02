package vn.doanthe.member.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Body of POST /memberships (a class for the reason given on {@link PersonRequest}). */
public class MembershipRequest {

    @NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}")
    public Long personId;

    @NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}")
    public Long orgUnitId;

    public String organisationCode;

    public String memberNumber;

    @NotBlank(message = "{validation.required}")
    public String joinedOn;

    public String role;
}
