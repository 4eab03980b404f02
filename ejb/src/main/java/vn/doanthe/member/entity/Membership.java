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
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.access.Place;

/**
 * A person's membership of one organisation: the unit where they are counted now, their post and
 * status. Its history is in {@link MembershipPeriod}; every change here opens a new period there.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.ofPersonIn",
        query = "select m from Membership m where m.person.id = :person and m.organisation.id = :organisation")
public class Membership extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Column(name = "member_number", length = 30)
    private String memberNumber;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MembershipStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "away_place", length = 200)
    private String awayPlace;

    @Column(name = "away_contact", length = 100)
    private String awayContact;

    @Column(name = "status_reason", length = 300)
    private String statusReason;

    protected Membership() {
    }

    public Membership(Person person, OrgUnit unit, String memberNumber, LocalDate joinedOn, MemberRole role) {
        this.person = person;
        this.organisation = unit.getOrganisation();
        this.unit = unit;
        this.memberNumber = memberNumber;
        this.joinedOn = joinedOn;
        this.role = role;
        this.status = MembershipStatus.ACTIVE;
        this.statusSince = joinedOn;
    }

    /** The status from {@code day}; where a member working away can be reached, or why they left. */
    public void changeStatus(MembershipStatus newStatus, LocalDate day, String place, String contact, String reason) {
        this.status = newStatus;
        this.statusSince = day;
        this.awayPlace = newStatus == MembershipStatus.AWAY ? place : null;
        this.awayContact = newStatus == MembershipStatus.AWAY ? contact : null;
        this.statusReason = reason;
    }

    /** The details of the current status corrected: where the member works away, how to reach them, why. */
    public void correctStatus(String place, String contact, String reason) {
        changeStatus(status, statusSince, place, contact, reason);
    }

    /**
     * The person is anonymised: the free texts of their status (where they work away, how to reach
     * them, why they left) go; status, unit and dates stay, so every count comes out as before.
     */
    public void eraseStatusTexts() {
        this.awayPlace = null;
        this.awayContact = null;
        this.statusReason = null;
    }

    /** After an accepted transfer the member is counted in the receiving unit. */
    public void moveTo(OrgUnit receiving) {
        this.unit = receiving;
    }

    /** The person this membership belongs to was registered twice; it now belongs to the record kept. */
    public void heldBy(Person kept) {
        this.person = kept;
    }

    /**
     * Takes in a duplicate membership of the same organisation (gộp hồ sơ): a member since the
     * earlier joining; from the later joining on, the later record says where and how they stand
     * (on the same day, this one). A member number missing here is taken from the duplicate.
     */
    public void absorb(Membership duplicate) {
        if (duplicate.joinedOn.isAfter(joinedOn)) {
            this.unit = duplicate.unit;
            this.role = duplicate.role;
            this.status = duplicate.status;
            this.statusSince = duplicate.statusSince;
            this.awayPlace = duplicate.awayPlace;
            this.awayContact = duplicate.awayContact;
            this.statusReason = duplicate.statusReason;
        } else {
            this.joinedOn = duplicate.joinedOn;
        }
        if (memberNumber == null) {
            this.memberNumber = duplicate.memberNumber;
        }
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public MemberRole getRole() {
        return role;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getAwayPlace() {
        return awayPlace;
    }

    public String getAwayContact() {
        return awayContact;
    }

    public String getStatusReason() {
        return statusReason;
    }

    /** The territorial unit of the unit it is held in. */
    @Override
    public Place territory() {
        return unit == null ? null : unit.getAdminUnit();
    }
}
