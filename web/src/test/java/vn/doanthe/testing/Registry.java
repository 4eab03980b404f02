package vn.doanthe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Persons and memberships registered through the API, for tests that need members to count. */
public final class Registry {

    private final Api api;

    public Registry(Api api) {
        this.api = api;
    }

    /** A woman born on 02/02/1980 living in {@code hamlet}; her id. */
    public long person(String fullName, String hamlet) {
        Api.Reply created = api.post("/doanthe/api/v1/persons", """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1980-02-02", "hamletCode": "%s"}""".formatted(fullName, hamlet));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
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
