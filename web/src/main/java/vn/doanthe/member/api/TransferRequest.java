package vn.doanthe.member.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Body of POST /memberships/{id}/transfer (a class for the reason given on {@link PersonRequest}). */
public class TransferRequest {

    @NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}")
    public Long toOrgUnitId;

    public String day;

    public String reason;
}
