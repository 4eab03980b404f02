package vn.doanthe.member.boundary;

import java.io.Serializable;
import vn.doanthe.member.entity.MembershipStatus;

/**
 * What a list of persons is filtered by: one search text (name words in any order without
 * diacritics, a CCCD or a phone number), the territory they live in (a unit and everything below
 * it), and an organisation with a membership status.
 */
public record PersonQuery(String text, String adminUnitCode, String organisationCode, MembershipStatus status)
        implements Serializable {
}
