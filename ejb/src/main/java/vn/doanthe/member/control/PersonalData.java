package vn.doanthe.member.control;

import java.util.Objects;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.mutation.PersonalFields;

/**
 * The personal data Decree 13/2023/NĐ-CP treats with care (CCCD, phone, ethnicity, religion):
 * masked wherever persons are listed or shown, revealed only on a logged request. A masked value
 * sent back unchanged (a form or an API client round-tripping what it was shown) keeps the stored one.
 */
public final class PersonalData {

    /** What stands for hidden characters: never a digit, so a mask is never taken for a value. */
    public static final char HIDDEN = PersonalFields.HIDDEN;
    public static final String HIDDEN_CODE = PersonalFields.HIDDEN_CODE;

    private PersonalData() {
    }

    /** "079012341234" becomes "0790••••1234": the first and last thirds stay, enough to tell two apart. */
    public static String mask(String value) {
        return PersonalFields.mask(value);
    }

    /** A code (ethnicity, religion) hidden entirely: the first and last digits would tell it. */
    public static String maskCode(String code) {
        return PersonalFields.maskWhole(code);
    }

    public static PersonView masked(PersonView p) {
        return new PersonView(p.id(), p.fullName(), p.familyName(), p.middleName(), p.givenName(), p.gender(),
                p.birthDate(), mask(p.nationalId()), mask(p.phone()), maskCode(p.ethnicityCode()),
                maskCode(p.religionCode()), p.education(), p.occupation(), p.hamletCode(), p.hamletType(),
                p.hamletName(), p.address(), p.memberships());
    }

    /** The details with every value that is exactly the mask of the stored one replaced by the stored one. */
    public static NewPerson unmasked(NewPerson d, Person stored) {
        return new NewPerson(d.fullName(), d.gender(), d.birthDate(),
                keep(d.nationalId(), stored.getNationalId(), mask(stored.getNationalId())),
                keep(d.phone(), stored.getPhone(), mask(stored.getPhone())),
                keep(d.ethnicityCode(), stored.getEthnicityCode(), maskCode(stored.getEthnicityCode())),
                keep(d.religionCode(), stored.getReligionCode(), maskCode(stored.getReligionCode())),
                d.education(), d.occupation(), d.hamletCode(), d.address());
    }

    /** Refuses a masked value where there is nothing stored it could stand for. */
    public static void refuseMasks(NewPerson d) {
        refuse("nationalId", d.nationalId(), "member.error.nationalIdFormat");
        refuse("phone", d.phone(), "member.error.phoneFormat");
        refuse("ethnicityCode", d.ethnicityCode(), "validation.invalid");
        refuse("religionCode", d.religionCode(), "validation.invalid");
    }

    private static String keep(String given, String stored, String storedMask) {
        return given != null && stored != null && Objects.equals(given, storedMask) ? stored : given;
    }

    private static void refuse(String field, String value, String messageKey) {
        if (value != null && value.indexOf(HIDDEN) >= 0) {
            throw new InvalidInput(field, messageKey);
        }
    }
}
