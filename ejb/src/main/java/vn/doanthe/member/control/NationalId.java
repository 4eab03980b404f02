package vn.doanthe.member.control;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.doanthe.member.entity.Gender;

/**
 * The 12-digit citizen ID (CCCD): 3 digits for the province where the birth was registered, 1 for
 * century and gender (0/1 born 1900–1999 male/female, 2/3 born 2000–2099, and so on), 2 for the
 * year of birth, 6 at random. Checked against the person's birth date and gender.
 */
public final class NationalId {

    /** The 63 provinces of the list before 1 July 2025, whose codes the CCCD carries. */
    private static final Set<String> PROVINCES = Set.of("01", "02", "04", "06", "08", "10", "11", "12", "14", "15",
            "17", "19", "20", "22", "24", "25", "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42",
            "44", "45", "46", "48", "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72",
            "74", "75", "77", "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96");

    public enum Problem { FORMAT, PROVINCE, GENDER, BIRTH_YEAR }

    private NationalId() {
    }

    /** What is wrong with {@code id} for a person of this gender born on this day, if anything. */
    public static Optional<Problem> check(String id, Gender gender, LocalDate birthDate) {
        if (id == null || !id.matches("\\d{12}")) {
            return Optional.of(Problem.FORMAT);
        }
        if (id.charAt(0) != '0' || !PROVINCES.contains(id.substring(1, 3))) {
            return Optional.of(Problem.PROVINCE);
        }
        int centuryAndGender = id.charAt(3) - '0';
        if (gender != null && (centuryAndGender % 2 == 0) != (gender == Gender.MALE)) {
            return Optional.of(Problem.GENDER);
        }
        if (birthDate != null) {
            int century = 1900 + (centuryAndGender / 2) * 100;
            int year = century + Integer.parseInt(id.substring(4, 6));
            if (year != birthDate.getYear()) {
                return Optional.of(Problem.BIRTH_YEAR);
            }
        }
        return Optional.empty();
    }

    /** The ID a person of this gender and birth year would carry, with the given province and serial. */
    public static String compose(String provinceCode, Gender gender, int birthYear, int serial) {
        int centuryAndGender = ((birthYear - 1900) / 100) * 2 + (gender == Gender.MALE ? 0 : 1);
        return String.format("0%s%d%02d%06d", provinceCode, centuryAndGender, birthYear % 100, serial);
    }
}
