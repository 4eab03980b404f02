package vn.doanthe.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.access.Place;

/**
 * A transfer of activity (chuyển sinh hoạt): issued by the sending unit, then accepted or refused
 * by the receiving one. The member moves only on acceptance.
 */
@Entity
@Table(name = "transfer")
@NamedQuery(name = "Transfer.pendingOf",
        query = "select t from Transfer t where t.membership.id = :membership and t.status = :pending")
@NamedQuery(name = "Transfer.ofMembership",
        query = "select t from Transfer t where t.membership.id = :membership order by t.id")
public class Transfer extends AuditedEntity {

    public enum Status { PENDING, ACCEPTED, REFUSED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_unit_id")
    private OrgUnit from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_unit_id")
    private OrgUnit to;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(length = 300)
    private String reason;

    @Column(name = "decision_note", length = 300)
    private String decisionNote;

    protected Transfer() {
    }

    public Transfer(Membership membership, OrgUnit to, LocalDate requestedOn, String reason) {
        this.membership = membership;
        this.from = membership.getUnit();
        this.to = to;
        this.requestedOn = requestedOn;
        this.reason = reason;
    }

    public void accept(LocalDate day, String note) {
        decide(Status.ACCEPTED, day, note);
    }

    public void refuse(LocalDate day, String note) {
        decide(Status.REFUSED, day, note);
    }

    private void decide(Status decision, LocalDate day, String note) {
        this.status = decision;
        this.decidedOn = day;
        this.decisionNote = note;
    }

    /** The member is anonymised: the texts written about the move go; units, dates and decision stay. */
    public void eraseTexts() {
        this.reason = null;
        this.decisionNote = null;
    }

    /** The transfer now belongs to the membership a duplicate was merged into. */
    public void belongTo(Membership kept) {
        this.membership = kept;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Membership getMembership() {
        return membership;
    }

    public OrgUnit getFrom() {
        return from;
    }

    public OrgUnit getTo() {
        return to;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    /** The sending unit's territorial unit. */
    @Override
    public Place territory() {
        return from == null ? null : from.getAdminUnit();
    }
}
