package vn.doanthe.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.directive.boundary.CampaignView;
import vn.doanthe.directive.boundary.Campaigns;
import vn.doanthe.directive.boundary.NewCampaign;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.directive.entity.CampaignForm;
import vn.doanthe.directive.entity.SummaryState;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.web.PlacePicker;

/**
 * The campaigns section of a document's page: its campaigns, and the form that issues one (the
 * approved version, the territory picked by name, the organisations, the deadline and the form).
 */
@Named
@ViewScoped
public class DirectiveCampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    Organisations organisations;

    @Inject
    AdminUnits adminUnits;

    @Inject
    DirectiveFileView page;

    private List<CampaignView> list;
    private Long summaryId;
    private final PlacePicker place = new PlacePicker();
    private List<String> chosenOrganisations = new ArrayList<>();
    private LocalDate deadline;
    private LocalDate reportDue;
    private CampaignForm form = CampaignForm.REGULAR_MEETING;

    public List<CampaignView> getList() {
        if (list == null && page.getDirective() != null) {
            list = campaigns.ofDirective(page.getId());
        }
        return list == null ? List.of() : list;
    }

    public void prepare() {
        summaryId = getApproved().stream().findFirst().map(SummaryView::id).orElse(null);
        place.setText(null);
        chosenOrganisations = new ArrayList<>();
        deadline = null;
        reportDue = null;
        form = CampaignForm.REGULAR_MEETING;
    }

    public void issue() {
        NewCampaign request = new NewCampaign(page.getId(), summaryId, place.code(), chosenOrganisations, deadline, reportDue,
                form);
        if (Feedback.attempt("campaignForm", () -> campaigns.issue(request))) {
            list = null;
            Feedback.info("campaign.issued");
        }
    }

    /** The approved versions of the document the caller reads, to pass one on. */
    public List<SummaryView> getApproved() {
        return page.getVersions().stream().filter(s -> s.state() == SummaryState.APPROVED).toList();
    }

    public List<String> completePlace(String text) {
        return place.complete(adminUnits, text);
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.all();
    }

    public CampaignForm[] getForms() {
        return CampaignForm.values();
    }

    public Long getSummaryId() {
        return summaryId;
    }

    public void setSummaryId(Long summaryId) {
        this.summaryId = summaryId;
    }

    public PlacePicker getPlace() {
        return place;
    }

    public List<String> getChosenOrganisations() {
        return chosenOrganisations;
    }

    public void setChosenOrganisations(List<String> chosenOrganisations) {
        this.chosenOrganisations = chosenOrganisations;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getReportDue() {
        return reportDue;
    }

    public void setReportDue(LocalDate reportDue) {
        this.reportDue = reportDue;
    }

    public CampaignForm getForm() {
        return form;
    }

    public void setForm(CampaignForm form) {
        this.form = form;
    }
}
