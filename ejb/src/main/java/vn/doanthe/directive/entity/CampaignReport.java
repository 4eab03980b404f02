package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A level's consolidated report of a campaign (báo cáo tổng hợp), sent once to the level above: the
 * figures under it and the number of members' opinions as they stood that day, and its officer's note.
 */
@Entity
@Table(name = "campaign_report")
public class CampaignReport extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit place;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(length = 4000)
    private String note;

    @Column(nullable = false)
    private int targets;

    @Column(nullable = false)
    private int acknowledged;

    @Column(name = "sessions_held", nullable = false)
    private int sessionsHeld;

    @Column(name = "members_reached", nullable = false)
    private int membersReached;

    @Column(nullable = false)
    private int members;

    @Column(nullable = false)
    private int opinions;

    protected CampaignReport() {
    }

    public CampaignReport(Campaign campaign, AdminUnit place, LocalDate submittedOn, String submittedBy, String note,
                          long[] figures, long opinions) {
        this.campaign = campaign;
        this.place = place;
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
        this.note = note;
        this.targets = (int) figures[0];
        this.acknowledged = (int) figures[1];
        this.sessionsHeld = (int) figures[2];
        this.membersReached = (int) figures[3];
        this.members = (int) figures[4];
        this.opinions = (int) opinions;
    }

    @Override
    public Place territory() {
        return place;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public AdminUnit getPlace() {
        return place;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getNote() {
        return note;
    }

    public int getTargets() {
        return targets;
    }

    public int getAcknowledged() {
        return acknowledged;
    }

    public int getSessionsHeld() {
        return sessionsHeld;
    }

    public int getMembersReached() {
        return membersReached;
    }

    public int getMembers() {
        return members;
    }

    public int getOpinions() {
        return opinions;
    }
}
