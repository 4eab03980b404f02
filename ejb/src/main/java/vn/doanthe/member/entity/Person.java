package vn.doanthe.member.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.doanthe.member.control.PersonName;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Personal;
import vn.doanthe.platform.mutation.Derived;
import vn.doanthe.platform.mutation.Erasable;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.platform.access.Place;

/**
 * A citizen known to the registry, whatever organisations they belong to: one CCCD is one person.
 * The name is kept as written; its parts serve sorting, its folded form serves search, and the
 * words of that form (with the hamlet) are indexed apart: the entity rewrites them itself whenever
 * the name or the hamlet changes, so every writer (the console, the API, the import, a merge)
 * keeps the index exact.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byNationalId", query = "select p from Person p where p.nationalId = :id")
public class Person extends AuditedEntity {

    /** The width of {@code name_key} (V15): three times the name's, since folding may lengthen a name (ß → ss). */
    public static final int NAME_KEY_LENGTH = 450;

    @Erasable
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Erasable
    @Column(name = "family_name", nullable = false, length = 150)
    private String familyName;

    @Erasable
    @Column(name = "middle_name", nullable = false, length = 150)
    private String middleName;

    @Erasable
    @Column(name = "given_name", nullable = false, length = 150)
    private String givenName;

    @Erasable
    @Column(name = "name_key", nullable = false, length = NAME_KEY_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Gender gender;

    @Erasable
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Erasable
    @Personal
    @Column(name = "national_id", length = 12)
    private String nationalId;

    @Erasable
    @Personal
    @Column(length = 15)
    private String phone;

    @Erasable
    @Personal(whole = true)
    @Column(name = "ethnicity_code", length = 2)
    private String ethnicityCode;

    @Erasable
    @Personal(whole = true)
    @Column(name = "religion_code", length = 2)
    private String religionCode;

    @Erasable
    @Column(length = 60)
    private String education;

    @Erasable
    @Column(length = 100)
    private String occupation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hamlet_id")
    private AdminUnit hamlet;

    @Erasable
    @Column(length = 300)
    private String address;

    /** The words of {@link #nameKey} with the hamlet, for search; kept by {@link #index()}. */
    @Derived
    @ElementCollection
    @CollectionTable(name = "person_word", joinColumns = @JoinColumn(name = "person_id"))
    private List<PersonWord> words = new ArrayList<>();

    protected Person() {
    }

    public Person(PersonName name, Gender gender, LocalDate birthDate, AdminUnit hamlet) {
        rename(name);
        this.gender = gender;
        this.birthDate = birthDate;
        this.hamlet = hamlet;
        index();
    }

    /** A person is the subject of their own record's personal data. */
    @Override
    public Long dataSubject() {
        return getId();
    }

    public final void rename(PersonName name) {
        this.fullName = name.full();
        this.familyName = name.family();
        this.middleName = name.middle();
        this.givenName = name.given();
        this.nameKey = name.searchKey();
        index();
    }

    public void identity(Gender gender, LocalDate birthDate, String nationalId) {
        this.gender = gender;
        this.birthDate = birthDate;
        this.nationalId = nationalId;
    }

    public void contact(String phone, AdminUnit hamlet, String address) {
        this.phone = phone;
        this.hamlet = hamlet;
        this.address = address;
        index();
    }

    /** Rewrites the words of the name when the name or the hamlet changed (not on every save). */
    private void index() {
        if (hamlet == null) {
            return; // being built: the constructor indexes once the hamlet is set
        }
        List<PersonWord> wanted = PersonWord.of(nameKey, hamlet.getId());
        if (!new HashSet<>(words).equals(new HashSet<>(wanted))) {
            words.clear();
            words.addAll(wanted);
        }
    }

    public void background(String ethnicityCode, String religionCode, String education, String occupation) {
        this.ethnicityCode = ethnicityCode;
        this.religionCode = religionCode;
        this.education = education;
        this.occupation = occupation;
    }

    /**
     * Takes from a duplicate record being merged into this one (gộp hồ sơ) what this one lacks:
     * CCCD, phone, ethnicity, religion, education, occupation, address. Nothing is overwritten.
     */
    public void completeFrom(Person duplicate) {
        nationalId = nationalId != null ? nationalId : duplicate.nationalId;
        phone = phone != null ? phone : duplicate.phone;
        ethnicityCode = ethnicityCode != null ? ethnicityCode : duplicate.ethnicityCode;
        religionCode = religionCode != null ? religionCode : duplicate.religionCode;
        education = education != null ? education : duplicate.education;
        occupation = occupation != null ? occupation : duplicate.occupation;
        address = address != null ? address : duplicate.address;
    }

    public String getFullName() {
        return fullName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getNameKey() {
        return nameKey;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getPhone() {
        return phone;
    }

    public String getEthnicityCode() {
        return ethnicityCode;
    }

    public String getReligionCode() {
        return religionCode;
    }

    public String getEducation() {
        return education;
    }

    public String getOccupation() {
        return occupation;
    }

    public AdminUnit getHamlet() {
        return hamlet;
    }

    public String getAddress() {
        return address;
    }

    /** The hamlet they live in. */
    @Override
    public Place territory() {
        return hamlet;
    }
}
