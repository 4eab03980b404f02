package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.directive.entity.CampaignForm;
import vn.doanthe.organisation.entity.Organisation;

/**
 * A campaign; {@code unit}: the territory it reaches; {@code organisations}: their codes and
 * {@code organisationNames} their short names; {@code reportDue}: when the levels below report;
 * {@code targets}: the branches it reached when issued.
 */
public record CampaignView(Long id, Long directiveId, String symbol, Long summaryId, int summaryVersion, String unit,
                           String unitName, List<String> organisations, List<String> organisationNames,
                           LocalDate deadline, LocalDate reportDue, CampaignForm form, LocalDate issuedOn, int targets)
        implements Serializable {

    /** The organisations' short names as a page shows them: "Hội Nông dân, Hội Phụ nữ". */
    public String organisationList() {
        return String.join(", ", organisationNames);
    }

    public static CampaignView of(Campaign c) {
        return new CampaignView(c.getId(), c.getDirective().getId(), c.getDirective().getSymbol(), c.getSummary().getId(),
                c.getSummary().getVersionNo(), c.getTerritory().getCode(), c.getTerritory().getName(),
                c.getOrganisations().stream().map(Organisation::getCode).sorted().toList(),
                c.getOrganisations().stream().map(Organisation::getShortName).sorted().toList(), c.getDeadline(), c.getReportDue(), c.getForm(),
                c.getIssuedOn(), c.getTargets());
    }
}
