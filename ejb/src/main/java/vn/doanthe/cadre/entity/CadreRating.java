package vn.doanthe.cadre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Erasable;

/** A cadre's yearly review (đánh giá, xếp loại cán bộ hằng năm): one level a year, and its words. */
@Entity
@Table(name = "cadre_rating")
@NamedQuery(name = "CadreRating.ofPerson",
        query = "select r from CadreRating r where r.person.id = :person order by r.year desc")
public class CadreRating extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "rated_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private RatingLevel level;

    @Erasable
    @Column(length = 1000)
    private String comment;

    protected CadreRating() {
    }

    public CadreRating(Person person, int year) {
        this.person = person;
        this.year = year;
    }

    public void rate(RatingLevel level, String comment) {
        this.level = level;
        this.comment = comment;
    }

    /** The rating now belongs to the record kept of a person registered twice. */
    public void keptBy(Person kept) {
        this.person = kept;
    }

    /** The same year rated on a duplicate record: the words missing here are taken from it. */
    public void completeFrom(CadreRating duplicate) {
        if (comment == null) {
            this.comment = duplicate.comment;
        }
    }

    /** The person is anonymised: the review's words go, the level stays for the counts. */
    public void eraseTexts() {
        this.comment = null;
    }

    public Person getPerson() {
        return person;
    }

    public int getYear() {
        return year;
    }

    public RatingLevel getLevel() {
        return level;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public Long dataSubject() {
        return person == null ? null : person.getId();
    }

    @Override
    public Place territory() {
        return person == null ? null : person.getHamlet();
    }
}
