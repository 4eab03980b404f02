package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A branch a campaign reaches, and the summary version it acknowledged it will present. Targets are
 * written with their campaign in one statement (derived from its territory and organisations);
 * an acknowledgement changes the row through the mutation path.
 */
@Entity
@Table(name = "campaign_target")
public class CampaignTarget extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit place;

    @ManyToOne
    @JoinColumn(name = "acknowledged_summary_id")
    private DirectiveSummary acknowledged;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    protected CampaignTarget() {
    }

    public void acknowledge(DirectiveSummary version, LocalDate on, String by) {
        this.acknowledged = version;
        this.acknowledgedOn = on;
        this.acknowledgedBy = by;
    }

    @Override
    public Place territory() {
        return place;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public AdminUnit getPlace() {
        return place;
    }

    public DirectiveSummary getAcknowledged() {
        return acknowledged;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
