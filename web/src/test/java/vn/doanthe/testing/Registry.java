package vn.doanthe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Persons and memberships registered through the API, for tests that need members to count. */
public final class Registry {

    private final Api api;

    public Registry(Api api) {
        this.api = api;
    }

    /** A new hamlet named {@code name} in {@code commune}; its code. */
    public String hamlet(String name, String commune) {
        Api.Reply created = api.post("/doanthe/api/v1/territory/units", """
                {"name": "%s", "level": "HAMLET", "type": "AP", "parentCode": "%s"}""".formatted(name, commune));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("code");
    }

    /** A woman born on 02/02/1980 living in {@code hamlet}; her id. */
    public long person(String fullName, String hamlet) {
        Api.Reply created = api.post("/doanthe/api/v1/persons", """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1980-02-02", "hamletCode": "%s"}""".formatted(fullName, hamlet));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A woman born on {@code birthDate} living in {@code hamlet}; her id. */
    public long person(String fullName, java.time.LocalDate birthDate, String hamlet) {
        Api.Reply created = api.post("/doanthe/api/v1/persons", """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "%s", "hamletCode": "%s"}"""
                .formatted(fullName, birthDate, hamlet));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A new unit of {@code type} on {@code hamlet}, under the organisation's committee of {@code commune}; its id. */
    public long newUnit(String organisation, String type, String commune, String hamlet) {
        return newUnit(organisation, type, commune, hamlet, null);
    }

    /** As {@link #newUnit(String, String, String, String)}, established on the day given (today when none). */
    public long newUnit(String organisation, String type, String commune, String hamlet, String establishedOn) {
        long chapter = api.get("/doanthe/api/v1/org-units?organisation=" + organisation + "&adminUnit=" + commune
                + "&size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply created = api.post("/doanthe/api/v1/org-units", """
                {"organisationCode": "%s", "type": "%s", "parentId": %d, "adminUnitCode": "%s", "name": "Chi %s %s"%s}"""
                .formatted(organisation, type, chapter, hamlet, organisation, Deployments.uniqueLetters(),
                        establishedOn == null ? "" : ", \"establishedOn\": \"" + establishedOn + "\""));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The person holds the post in the unit from {@code from}, still; the holding's id. */
    public long hold(long person, long unit, String post, java.time.LocalDate from, String mode) {
        Api.Reply held = api.post("/doanthe/api/v1/post-holdings", """
                {"personId": %d, "orgUnitId": %d, "post": "%s", "from": "%s", "mode": "%s"}"""
                .formatted(person, unit, post, from, mode));
        assertEquals(201, held.status(), held.body());
        return held.json().getJsonNumber("id").longValue();
    }

    /** The membership's id. */
    public long enrol(long person, long orgUnit, String joinedOn) {
        Api.Reply joined = api.post("/doanthe/api/v1/memberships",
                "{\"personId\": %d, \"orgUnitId\": %d, \"joinedOn\": \"%s\"}".formatted(person, orgUnit, joinedOn));
        assertEquals(201, joined.status(), joined.body());
        return joined.json().getJsonNumber("id").longValue();
    }

    /** The id of the organisation's branch on {@code hamlet} (the demo province has one per hamlet). */
    public long branch(String organisation, String hamlet) {
        return api.get("/doanthe/api/v1/org-units?organisation=" + organisation + "&adminUnit=" + hamlet)
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
