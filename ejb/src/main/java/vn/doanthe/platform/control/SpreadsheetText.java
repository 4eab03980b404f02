package vn.doanthe.platform.control;

/**
 * The text of a spreadsheet cell (CSV field or XLSX string cell) made safe to open in a
 * spreadsheet program. Text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return gets a single quote in front, because Excel and LibreOffice would otherwise
 * take a name, address or audit value typed by a user as a formula and run it when the file is
 * opened (OWASP "CSV injection": {@code =HYPERLINK(...)}, {@code =cmd|...}). Only text goes
 * through here: numbers, dates and times are written as such, so a negative number keeps its sign.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** {@code text} with a leading {@code '} if its first character could start a formula; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /**
     * The text a user meant, read back from a file the product wrote (a corrected import report):
     * the quote {@link #neutralise} put in front is taken away again; any other quote stays.
     */
    public static String restore(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '\'') {
            return text;
        }
        String rest = text.substring(1);
        return neutralise(rest).equals(text) ? rest : text;
    }
}
