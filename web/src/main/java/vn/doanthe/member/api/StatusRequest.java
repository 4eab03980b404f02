package vn.doanthe.member.api;

import jakarta.validation.constraints.NotBlank;

/** Body of POST /memberships/{id}/status (a class for the reason given on {@link PersonRequest}). */
public class StatusRequest {

    @NotBlank(message = "{validation.required}")
    public String status;

    public String day;

    public String awayPlace;

    public String awayContact;

    public String reason;
}
