package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * A cadre assigned to supervise the branches at or below a unit for a year (phụ trách địa bàn): how
 * many of their meetings the cadre must attend.
 */
@Entity
@Table(name = "supervision")
public class Supervision extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int required;

    protected Supervision() {
    }

    public Supervision(Person person, OrgUnit unit, int year, int required) {
        this.person = person;
        this.unit = unit;
        this.year = year;
        this.required = required;
    }

    /** The person was registered twice: the kept record carries the assignment. */
    public void heldBy(Person kept) {
        this.person = kept;
    }

    @Override
    public Place territory() {
        return unit.getAdminUnit();
    }

    @Override
    public Long dataSubject() {
        return person.getId();
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

    public int getRequired() {
        return required;
    }
}
