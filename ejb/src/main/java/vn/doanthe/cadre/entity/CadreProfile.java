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
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * What a cadre's file (hồ sơ cán bộ) adds to the person's registry record: qualification, political
 * theory, and whether the unit counts the person among its future cadres (nguồn cán bộ). A person
 * has at most one; a person without one simply has nothing recorded yet.
 */
@Entity
@Table(name = "cadre_profile")
@NamedQuery(name = "CadreProfile.ofPerson", query = "select c from CadreProfile c where c.person.id = :person")
public class CadreProfile extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "professional_level", length = 12)
    private ProfessionalLevel professionalLevel;

    @Column(name = "professional_field", length = 200)
    private String professionalField;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory", length = 12)
    private PoliticalTheory politicalTheory;

    @Column(nullable = false)
    private boolean successor;

    @Column(name = "successor_note", length = 300)
    private String successorNote;

    protected CadreProfile() {
    }

    public CadreProfile(Person person) {
        this.person = person;
    }

    public void describe(ProfessionalLevel level, String field, PoliticalTheory theory, boolean successor,
                         String successorNote) {
        this.professionalLevel = level;
        this.professionalField = field;
        this.politicalTheory = theory;
        this.successor = successor;
        this.successorNote = successor ? successorNote : null;
    }

    /** The person was registered twice: what this file lacks is taken from the other's. */
    public void completeFrom(CadreProfile duplicate) {
        if (professionalLevel == null || (duplicate.professionalLevel != null
                && duplicate.professionalLevel.compareTo(professionalLevel) > 0)) {
            this.professionalLevel = duplicate.professionalLevel;
            this.professionalField = duplicate.professionalField;
        }
        if (politicalTheory == null || (duplicate.politicalTheory != null
                && duplicate.politicalTheory.compareTo(politicalTheory) > 0)) {
            this.politicalTheory = duplicate.politicalTheory;
        }
        if (!successor && duplicate.successor) {
            this.successor = true;
            this.successorNote = duplicate.successorNote;
        }
    }

    /** The file now belongs to the record kept of a person registered twice. */
    public void keptBy(Person kept) {
        this.person = kept;
    }

    public Person getPerson() {
        return person;
    }

    public ProfessionalLevel getProfessionalLevel() {
        return professionalLevel;
    }

    public String getProfessionalField() {
        return professionalField;
    }

    public PoliticalTheory getPoliticalTheory() {
        return politicalTheory;
    }

    public boolean isSuccessor() {
        return successor;
    }

    public String getSuccessorNote() {
        return successorNote;
    }

    @Override
    public Long dataSubject() {
        return person == null ? null : person.getId();
    }

    /** Where the person lives. */
    @Override
    public Place territory() {
        return person == null ? null : person.getHamlet();
    }
}
