package vn.doanthe.statistics.api;

import jakarta.validation.constraints.NotNull;

/** Body of PUT /stats/eligible/{unitCode}/{year}/{organisationCode}. */
public class EligibleRequest {

    @NotNull(message = "{validation.required}")
    public Long eligible;
}
