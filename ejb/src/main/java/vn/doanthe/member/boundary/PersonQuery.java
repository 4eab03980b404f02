package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.member.entity.MembershipStatus;

/**
 * What a list of persons is filtered by: one search text (name words in any order without
 * diacritics, a CCCD or a phone number), the territory they live in (a unit and everything below
 * it), gender and age in years today (both bounds included), and a membership: its organisation,
 * its organisation unit (and the units below it), its status and the day it was joined (both
 * bounds included). The membership conditions hold for one and the same membership. Null means
 * "any".
 */
public record PersonQuery(String text, String adminUnitCode, String organisationCode, MembershipStatus status,
                          Long orgUnitId, Gender gender, Integer ageFrom, Integer ageTo,
                          LocalDate joinedFrom, LocalDate joinedTo) implements Serializable {

    public PersonQuery(String text, String adminUnitCode, String organisationCode, MembershipStatus status) {
        this(text, adminUnitCode, organisationCode, status, null, null, null, null, null, null);
    }
}
