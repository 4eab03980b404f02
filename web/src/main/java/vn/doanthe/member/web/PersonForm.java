package vn.doanthe.member.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.web.Suggestions;
import vn.doanthe.territory.boundary.AdminUnitView;

/**
 * The person form's values as typed, between two requests: the page binds to it, and it becomes the
 * registry's {@link NewPerson} when saved. The hamlet is kept as the picker shows it, in words (name, commune, the code last).
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fullName;
    private Gender gender;
    private LocalDate birthDate;
    private String nationalId;
    private String phone;
    private String ethnicityCode;
    private String religionCode;
    private String education;
    private String occupation;
    private String hamlet;
    private String address;
    /** The hamlets the picker offered, in words, and the person's own as the form opened. */
    private final Suggestions<String> hamlets = new Suggestions<>();
    private String openedHamlet;
    private String openedHamletCode;

    /** The form showing a registered person (personal data as the view gives it: masked or revealed). */
    static PersonForm of(PersonView person) {
        PersonForm form = new PersonForm();
        form.fullName = person.fullName();
        form.gender = person.gender();
        form.birthDate = person.birthDate();
        form.nationalId = person.nationalId();
        form.phone = person.phone();
        form.ethnicityCode = person.ethnicityCode();
        form.religionCode = person.religionCode();
        form.education = person.education();
        form.occupation = person.occupation();
        form.hamlet = AdminUnitView.named(person.hamletType(), person.hamletName()) + " (" + person.hamletCode() + ")";
        form.openedHamlet = form.hamlet;
        form.openedHamletCode = person.hamletCode();
        form.address = person.address();
        return form;
    }

    NewPerson toNewPerson() {
        return new NewPerson(fullName, gender, birthDate, nationalId, phone, ethnicityCode, religionCode, education,
                occupation, hamletCode(), address);
    }

    /** The hamlets to offer for the words typed: name, commune, the code last. */
    List<String> offerHamlets(List<AdminUnitView> found) {
        return hamlets.offer(found, AdminUnitView::described, AdminUnitView::code);
    }

    /**
     * The code of the hamlet chosen; the text as typed when it is none offered (a code typed alone,
     * or words the registry then refuses as an unknown hamlet, beside the field); null when blank.
     */
    String hamletCode() {
        if (hamlet == null || hamlet.isBlank()) {
            return null;
        }
        String offered = hamlets.key(hamlet);
        if (offered != null) {
            return offered;
        }
        return hamlet.equals(openedHamlet) ? openedHamletCode : hamlet.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEthnicityCode() {
        return ethnicityCode;
    }

    public void setEthnicityCode(String ethnicityCode) {
        this.ethnicityCode = ethnicityCode;
    }

    public String getReligionCode() {
        return religionCode;
    }

    public void setReligionCode(String religionCode) {
        this.religionCode = religionCode;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getHamlet() {
        return hamlet;
    }

    public void setHamlet(String hamlet) {
        this.hamlet = hamlet;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
