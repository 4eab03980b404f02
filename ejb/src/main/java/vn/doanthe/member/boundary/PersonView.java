package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.member.entity.Person;
import vn.doanthe.territory.entity.AdminUnitType;

/** A person with their memberships, as the console and the API show them. */
public record PersonView(Long id, String fullName, String familyName, String middleName, String givenName, Gender gender,
                         LocalDate birthDate, String nationalId, String phone, String ethnicityCode, String religionCode,
                         String education, String occupation, String hamletCode, AdminUnitType hamletType,
                         String hamletName, String address,
                         List<MembershipView> memberships) implements Serializable {

    /**
     * The columns of a person {@code p}'s row in a list with its hamlet's, read as a projection (no
     * entities, no relations loaded behind them); {@link #of(Object[])} reads them.
     */
    static final String LIST_COLUMNS = "p.id, p.fullName, p.familyName, p.middleName, p.givenName, p.gender,"
            + " p.birthDate, p.nationalId, p.phone, p.ethnicityCode, p.religionCode, p.education, p.occupation,"
            + " p.hamlet.code, p.hamlet.type, p.hamlet.name, p.address";

    /** A row of {@link #LIST_COLUMNS}, memberships not yet added. */
    static PersonView of(Object[] r) {
        return new PersonView((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Gender) r[5],
                (LocalDate) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                (String) r[12], (String) r[13], (AdminUnitType) r[14], (String) r[15], (String) r[16], List.of());
    }

    /** The same person with these memberships. */
    PersonView withMemberships(List<MembershipView> held) {
        return new PersonView(id, fullName, familyName, middleName, givenName, gender, birthDate, nationalId, phone,
                ethnicityCode, religionCode, education, occupation, hamletCode, hamletType, hamletName, address,
                List.copyOf(held));
    }

    public static PersonView of(Person p, List<MembershipView> memberships) {
        return new PersonView(p.getId(), p.getFullName(), p.getFamilyName(), p.getMiddleName(), p.getGivenName(),
                p.getGender(), p.getBirthDate(), p.getNationalId(), p.getPhone(), p.getEthnicityCode(),
                p.getReligionCode(), p.getEducation(), p.getOccupation(), p.getHamlet().getCode(),
                p.getHamlet().getType(), p.getHamlet().getName(), p.getAddress(), List.copyOf(memberships));
    }
}
