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

/** A stretch of a membership's history: counted in one unit, in one status, from one day to another. */
@Entity
@Table(name = "membership_period")
@NamedQuery(name = "MembershipPeriod.open",
        query = "select p from MembershipPeriod p where p.membership.id = :membership and p.validTo is null")
@NamedQuery(name = "MembershipPeriod.history",
        query = "select p from MembershipPeriod p where p.membership.id = :membership order by p.validFrom")
public class MembershipPeriod extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MembershipStatus status;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected MembershipPeriod() {
    }

    public MembershipPeriod(Membership membership, OrgUnit unit, MembershipStatus status, LocalDate validFrom) {
        this.membership = membership;
        this.unit = unit;
        this.status = status;
        this.validFrom = validFrom;
    }

    /** Ends the period the day before {@code next} begins. */
    public void endBefore(LocalDate next) {
        this.validTo = next.minusDays(1);
    }

    /** The stretch now belongs to the membership a duplicate was merged into. */
    public void belongTo(Membership kept) {
        this.membership = kept;
    }

    public Membership getMembership() {
        return membership;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The territorial unit of the unit it was held in. */
    @Override
    public Place territory() {
        return unit == null ? null : unit.getAdminUnit();
    }
}
