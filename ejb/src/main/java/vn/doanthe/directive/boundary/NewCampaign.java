package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.directive.entity.CampaignForm;

/**
 * A campaign to issue: the approved summary version, the territorial unit's code, the organisations'
 * codes, the deadline, when the levels below report (none: a week after the deadline) and the form.
 */
public record NewCampaign(Long directiveId, Long summaryId, String unit, List<String> organisations, LocalDate deadline,
                          LocalDate reportDue, CampaignForm form) implements Serializable {
}
