package vn.doanthe.member.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.doanthe.platform.boundary.InvalidInput;

/**
 * A row of the person list named by its place in the list's order (given, family, middle name,
 * id): what keyset paging reads after or before. Opaque to clients (URL-safe Base64), it holds
 * nothing the row does not show to whoever was given it. Public for the benchmark, which names
 * a row deep in the list without reading up to it.
 */
public record PersonCursor(String given, String family, String middle, long id) {

    private static final String SEPARATOR = "\u001f";

    static PersonCursor of(PersonView person) {
        return new PersonCursor(person.givenName(), person.familyName(), person.middleName(), person.id());
    }

    static PersonCursor parse(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length == 4) {
                return new PersonCursor(parts[0], parts[1], parts[2], Long.parseLong(parts[3]));
            }
        } catch (IllegalArgumentException e) {
            // not Base64, or no number at the end: refused below like any other bad cursor
        }
        throw new InvalidInput("after", "validation.page.cursor");
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                String.join(SEPARATOR, given, family, middle, Long.toString(id)).getBytes(StandardCharsets.UTF_8));
    }
}
