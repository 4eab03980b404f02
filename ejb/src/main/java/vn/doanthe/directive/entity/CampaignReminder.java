package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A reminder of a campaign: written once per branch and kind by the reminder round (derived from the
 * campaign's deadline and the branch's sessions, so read here and never changed), addressed to the
 * branch before the deadline and to the unit above it after.
 */
@Entity
@Table(name = "campaign_reminder")
public class CampaignReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", insertable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id", insertable = false, updatable = false)
    private CampaignTarget target;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private ReminderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private MissingStep missing;

    @ManyToOne(optional = false)
    @JoinColumn(name = "addressed_unit_id", insertable = false, updatable = false)
    private OrgUnit addressedTo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "addressed_place_id", insertable = false, updatable = false)
    private AdminUnit addressedPlace;

    @Column(name = "created_at", insertable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "mailed_at", insertable = false, updatable = false)
    private LocalDateTime mailedAt;

    @Column(name = "mailed_to", insertable = false, updatable = false)
    private Integer mailedTo;

    protected CampaignReminder() {
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignTarget getTarget() {
        return target;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public MissingStep getMissing() {
        return missing;
    }

    public OrgUnit getAddressedTo() {
        return addressedTo;
    }

    public AdminUnit getAddressedPlace() {
        return addressedPlace;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** To how many accounts a round mailed it; none while it was not mailed. */
    public Integer getMailedTo() {
        return mailedTo;
    }
}
