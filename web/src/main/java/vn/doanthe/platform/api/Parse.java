package vn.doanthe.platform.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.doanthe.platform.boundary.InvalidInput;

/** Request values parsed where a wrong one is refused with the name of its field. */
public final class Parse {

    private Parse() {
    }

    /** An ISO date ({@code yyyy-MM-dd}), or {@code null} when absent. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.date", value);
        }
    }

    /** A month ({@code yyyy-MM}), or {@code null} when absent. */
    public static YearMonth month(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.month", value);
        }
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "validation.oneOf", value, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
