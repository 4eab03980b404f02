package vn.doanthe.member.api;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of POST /persons/{id}/merge: the record joined into the one addressed, and why. */
public class MergeRequest {

    @Positive(message = "{validation.positive}")
    public Long mergedId;

    @Size(max = 300, message = "{validation.size}")
    public String reason;
}
