package vn.doanthe.cadre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Derived;
import vn.doanthe.platform.mutation.Erasable;

/**
 * A person holds a post in an organisation unit (giữ chức vụ) from a day until the day it ended
 * (that day included), or still. A cadre is a person with holdings; concurrent posts in several
 * organisations are normal.
 */
@Entity
@Table(name = "post_holding")
@NamedQuery(name = "PostHolding.ofPerson",
        query = "select h from PostHolding h where h.person.id = :person order by h.from, h.id")
@NamedQuery(name = "PostHolding.overlapping", query = """
        select h from PostHolding h where h.unit.id = :unit and h.post.id = :post and h.id <> :self
        and h.from <= :to and (h.to is null or h.to >= :from)""")
public class PostHolding extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_type_id")
    private PostType post;

    @Column(name = "held_from", nullable = false)
    private LocalDate from;

    @Column(name = "held_to")
    private LocalDate to;

    @Column(name = "term_ends_on")
    private LocalDate termEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HoldingMode mode;

    @Column(length = 100)
    private String decision;

    @Erasable
    @Column(name = "end_reason", length = 300)
    private String endReason;

    /** The holder's birth date, copied for the reports that read many holdings (V24). */
    @Derived
    @Column(name = "holder_born_on", nullable = false)
    private LocalDate holderBornOn;

    protected PostHolding() {
    }

    public PostHolding(Person person, OrgUnit unit, PostType post, LocalDate from, LocalDate to, HoldingMode mode,
                       String decision) {
        this.person = person;
        this.holderBornOn = person.getBirthDate();
        this.unit = unit;
        this.post = post;
        this.from = from;
        this.to = to;
        this.mode = mode;
        this.decision = decision;
        this.termEndsOn = post.getTermMonths() == null ? null : from.plusMonths(post.getTermMonths()).minusDays(1);
    }

    /** The holder left the post; {@code on} is their last day in it. */
    public void end(LocalDate on, String reason) {
        this.to = on;
        this.endReason = reason;
    }

    /** The person was registered twice; the holding now belongs to the record kept. */
    public void heldBy(Person kept) {
        this.person = kept;
        this.holderBornOn = kept.getBirthDate();
    }

    /** Whether the two holdings share a day. */
    public boolean overlaps(PostHolding other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    /**
     * Takes in the same holding entered on a duplicate record of the person: from the earlier start
     * to the later end (still held when either is), the decision and reason that are missing here
     * taken from it.
     */
    public void span(PostHolding duplicate) {
        if (duplicate.from.isBefore(from)) {
            this.from = duplicate.from;
            this.termEndsOn = duplicate.termEndsOn;
            this.mode = duplicate.mode;
        }
        this.to = to == null || duplicate.to == null ? null : (duplicate.to.isAfter(to) ? duplicate.to : to);
        if (decision == null) {
            this.decision = duplicate.decision;
        }
        if (endReason == null) {
            this.endReason = duplicate.endReason;
        }
    }

    /** The person is anonymised: why they left goes; post, unit and dates stay for the counts. */
    public void eraseTexts() {
        this.endReason = null;
    }

    public boolean isHeldOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public PostType getPost() {
        return post;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public HoldingMode getMode() {
        return mode;
    }

    public String getDecision() {
        return decision;
    }

    public String getEndReason() {
        return endReason;
    }

    @Override
    public Long dataSubject() {
        return person == null ? null : person.getId();
    }

    /** The territorial unit of the unit the post is held in. */
    @Override
    public Place territory() {
        return unit == null ? null : unit.getAdminUnit();
    }
}
