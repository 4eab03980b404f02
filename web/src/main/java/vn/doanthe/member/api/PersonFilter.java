package vn.doanthe.member.api;

import jakarta.ws.rs.QueryParam;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.boundary.InvalidInput;

/**
 * The filters of the person list and its export, as query parameters: {@code q} (name words,
 * CCCD or phone), {@code unit} (territory code), {@code org} (organisation code),
 * {@code orgUnit} (organisation unit id, and the units below it), {@code status},
 * {@code gender} ({@code MALE}/{@code FEMALE}), {@code ageFrom}/{@code ageTo} (years today,
 * included) and {@code joinedFrom}/{@code joinedTo} ({@code yyyy-MM-dd}, included).
 */
public class PersonFilter {

    @QueryParam("q")
    public String q;

    @QueryParam("unit")
    public String unit;

    @QueryParam("org")
    public String organisation;

    @QueryParam("orgUnit")
    public String orgUnit;

    @QueryParam("status")
    public String status;

    @QueryParam("gender")
    public String gender;

    @QueryParam("ageFrom")
    public String ageFrom;

    @QueryParam("ageTo")
    public String ageTo;

    @QueryParam("joinedFrom")
    public String joinedFrom;

    @QueryParam("joinedTo")
    public String joinedTo;

    PersonQuery query() {
        return new PersonQuery(q, unit, organisation, Parse.constant(MembershipStatus.class, status, "status"),
                number(orgUnit, "orgUnit"), Parse.constant(Gender.class, gender, "gender"),
                intNumber(ageFrom, "ageFrom"), intNumber(ageTo, "ageTo"),
                Parse.date(joinedFrom, "joinedFrom"), Parse.date(joinedTo, "joinedTo"));
    }

    /** A whole number, refused naming its parameter (JAX-RS would answer a bare 404 for "abc"). */
    private static Long number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{1,9}")) {
            throw new InvalidInput(field, "validation.invalid");
        }
        return Long.valueOf(value.trim());
    }

    private static Integer intNumber(String value, String field) {
        Long number = number(value, field);
        return number == null ? null : number.intValue();
    }
}
