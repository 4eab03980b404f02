package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.directive.entity.CampaignTarget;

/** A branch's acknowledgement of the summary version it will present, named by its id and hash. */
public record AcknowledgementView(Long campaignId, Long orgUnitId, Long summaryId, String hash, LocalDate acknowledgedOn,
                                  String acknowledgedBy) implements Serializable {

    public static AcknowledgementView of(CampaignTarget t) {
        return new AcknowledgementView(t.getCampaign().getId(), t.getUnit().getId(), t.getAcknowledged().getId(),
                t.getAcknowledged().getSha256(), t.getAcknowledgedOn(), t.getAcknowledgedBy());
    }
}
