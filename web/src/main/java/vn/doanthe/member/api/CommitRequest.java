package vn.doanthe.member.api;

import jakarta.validation.constraints.NotBlank;

/** The decision on a checked import: {@code VALID_ONLY} or {@code NOTHING}. */
public class CommitRequest {

    @NotBlank(message = "{validation.required}")
    public String mode;
}
