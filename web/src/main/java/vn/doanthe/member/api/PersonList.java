package vn.doanthe.member.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import vn.doanthe.member.boundary.PersonView;

/**
 * A page of the person list: its rows, the number of persons the filters find (counted on the
 * first page only: without {@code after}, or by {@code page}) and the cursor to pass as
 * {@code after} for the next page (absent on the last page).
 */
public record PersonList(List<PersonView> items, @JsonbNillable(false) Long total, @JsonbNillable(false) String next) {
}
