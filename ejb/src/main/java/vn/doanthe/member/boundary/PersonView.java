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

    public static PersonView of(Person p, List<MembershipView> memberships) {
        return new PersonView(p.getId(), p.getFullName(), p.getFamilyName(), p.getMiddleName(), p.getGivenName(),
                p.getGender(), p.getBirthDate(), p.getNationalId(), p.getPhone(), p.getEthnicityCode(),
                p.getReligionCode(), p.getEducation(), p.getOccupation(), p.getHamlet().getCode(),
                p.getHamlet().getType(), p.getHamlet().getName(), p.getAddress(), List.copyOf(memberships));
    }
}
