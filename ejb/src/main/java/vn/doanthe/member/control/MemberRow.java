package vn.doanthe.member.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.doanthe.member.boundary.NewPerson;

/**
 * One data row of a member spreadsheet, read as text tidied as the registry stores text (with the
 * columns whose cells hold a formula), so that coded values (gender, codes) compare as typed
 * whatever the keyboard or the program they came from, and what it says once parsed: the person's
 * details and, when the membership columns are filled in, the unit they joined, when, with which
 * card number.
 */
public record MemberRow(int number, List<String> cells, Set<Integer> formulas) {

    /** A row parsed: the person, and the membership when {@code orgUnitId} is not {@code null}. */
    public record Parsed(NewPerson person, Long orgUnitId, LocalDate joinedOn, String memberNumber) {
    }

    public String cell(String column) {
        return cells.get(MemberSheet.IMPORT_COLUMNS.indexOf(column));
    }

    public String cell(int index) {
        return cells.get(index);
    }

    public boolean hasMembership() {
        return MemberSheet.MEMBERSHIP_COLUMNS.stream().anyMatch(c -> !cell(c).isEmpty());
    }
}
