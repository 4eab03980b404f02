package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.cadre.entity.PostHolding;

/** A holding as the console and the API show it, the unit named with its place. */
public record HoldingView(Long id, Long personId, String fullName, Long orgUnitId, String orgUnitName, String place,
                          String organisation, String post, String postName, LocalDate from, LocalDate to,
                          LocalDate termEndsOn, HoldingMode mode, String decision, String endReason)
        implements Serializable {

    public static HoldingView of(PostHolding h) {
        return new HoldingView(h.getId(), h.getPerson().getId(), h.getPerson().getFullName(), h.getUnit().getId(),
                h.getUnit().getName(), h.getUnit().getAdminUnit().described(), h.getUnit().getOrganisation().getCode(),
                h.getPost().getCode(), h.getPost().getName(), h.getFrom(), h.getTo(), h.getTermEndsOn(), h.getMode(),
                h.getDecision(), h.getEndReason());
    }
}
