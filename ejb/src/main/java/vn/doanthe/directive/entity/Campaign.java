package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A dissemination campaign (đợt tuyên truyền, quán triệt): a document and its approved summary
 * passed from a level to every branch of some organisations in its territory, to be presented by a
 * deadline in a given form. Its targets are the branches reached on the day it was issued.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @ManyToOne(optional = false)
    @JoinColumn(name = "summary_id")
    private DirectiveSummary summary;

    @ManyToOne(optional = false)
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit territory;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignForm form;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "report_due", nullable = false)
    private LocalDate reportDue;

    @Column(nullable = false)
    private int targets;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "campaign_organisation", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new HashSet<>();

    protected Campaign() {
    }

    public Campaign(DirectiveSummary summary, AdminUnit territory, Set<Organisation> organisations, LocalDate deadline,
                    LocalDate reportDue, CampaignForm form, LocalDate issuedOn) {
        this.directive = summary.getDirective();
        this.summary = summary;
        this.territory = territory;
        this.organisations = new HashSet<>(organisations);
        this.deadline = deadline;
        this.reportDue = reportDue;
        this.form = form;
        this.issuedOn = issuedOn;
    }

    /** The number of branches it reached when it was issued. */
    public void reached(int targets) {
        this.targets = targets;
    }

    @Override
    public Place territory() {
        return territory;
    }

    public Directive getDirective() {
        return directive;
    }

    public DirectiveSummary getSummary() {
        return summary;
    }

    public AdminUnit getTerritory() {
        return territory;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public CampaignForm getForm() {
        return form;
    }

    /** When the levels below the territory send their consolidated report up. */
    public LocalDate getReportDue() {
        return reportDue;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public int getTargets() {
        return targets;
    }

    public Set<Organisation> getOrganisations() {
        return Set.copyOf(organisations);
    }
}
