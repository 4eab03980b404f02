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
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Erasable;

/**
 * What one Youth Union branch recorded of one member for one year (đánh giá, xếp loại đoàn viên):
 * the member's self-assessment, the branch's comment and, from the member's branch at the year's
 * end, the level decided.
 */
@Entity
@Table(name = "member_rating")
@NamedQuery(name = "MemberRating.ofPerson",
        query = "select r from MemberRating r where r.person.id = :person order by r.year desc, r.id")
@NamedQuery(name = "MemberRating.ofPersonsInYear",
        query = "select r from MemberRating r join fetch r.unit where r.person.id in :persons and r.year = :year order by r.id")
public class MemberRating extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Column(name = "rated_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level", length = 14)
    private RatingLevel selfLevel;

    @Erasable
    @Column(name = "self_comment", length = 1000)
    private String selfComment;

    @Erasable
    @Column(length = 1000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(length = 14)
    private RatingLevel level;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected MemberRating() {
    }

    public MemberRating(Person person, OrgUnit unit, int year) {
        this.person = person;
        this.unit = unit;
        this.year = year;
    }

    /** The member's own assessment and the branch's words, as the branch recorded them. */
    public void assess(RatingLevel selfLevel, String selfComment, String comment) {
        this.selfLevel = selfLevel;
        this.selfComment = selfComment;
        this.comment = comment;
    }

    /** The branch's decision; none withdraws one given by mistake. */
    public void decide(RatingLevel level, LocalDate on) {
        if (level != this.level) {
            this.decidedOn = level == null ? null : on;
        }
        this.level = level;
    }

    /** The row now belongs to the record kept of a person registered twice. */
    public void keptBy(Person kept) {
        this.person = kept;
    }

    /** The same branch and year recorded on a duplicate record: what is missing here is taken from it. */
    public void completeFrom(MemberRating duplicate) {
        if (selfLevel == null) {
            selfLevel = duplicate.selfLevel;
        }
        if (selfComment == null) {
            selfComment = duplicate.selfComment;
        }
        if (comment == null) {
            comment = duplicate.comment;
        }
        if (level == null) {
            level = duplicate.level;
            decidedOn = duplicate.decidedOn;
        }
    }

    /** The person is anonymised: the words go, the levels stay for the counts. */
    public void eraseTexts() {
        this.selfComment = null;
        this.comment = null;
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public RatingLevel getSelfLevel() {
        return selfLevel;
    }

    public String getSelfComment() {
        return selfComment;
    }

    public String getComment() {
        return comment;
    }

    public RatingLevel getLevel() {
        return level;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    @Override
    public Long dataSubject() {
        return person == null ? null : person.getId();
    }

    @Override
    public Place territory() {
        return unit == null ? null : unit.getAdminUnit();
    }
}
