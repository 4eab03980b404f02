package vn.doanthe.platform.control;

import vn.doanthe.platform.boundary.InvalidInput;

/**
 * What text a user may give, checked before anything is derived from it or written. Any text
 * holds no control character (other than tabs and line breaks, which tidying turns into spaces),
 * no lone surrogate and no noncharacter: they are invisible, break exports and cannot all be
 * stored. A name also holds at least one letter, of any script, and no pictographic symbol
 * (emoji, ©, ☎); digits and punctuation are fine ("Khóm 1", "Tổ dân phố 12", "Y-Moan").
 * Both answer the text tidied ({@link VietnameseText#tidy}), as it is to be stored.
 */
public final class TextCheck {

    private TextCheck() {
    }

    /** Free text (an address, an occupation, a reason, a note); {@code null} stays {@code null}. */
    public static String text(String field, String text, int maxLength) {
        refuseControlCharacters(field, text);
        String tidy = VietnameseText.tidy(text);
        if (tidy != null && tidy.codePointCount(0, tidy.length()) > maxLength) {
            throw new InvalidInput(field, "validation.tooLong", maxLength);
        }
        return tidy;
    }

    /**
     * Free text written in paragraphs (a trainee's reflection, minutes): each line tidied as
     * {@link #text} tidies, the line breaks kept (Windows' CR LF, as Word pastes, becomes one), runs
     * of empty lines made one, none at either end. {@code null} stays {@code null}.
     */
    public static String paragraphs(String field, String text, int maxLength) {
        refuseControlCharacters(field, text);
        if (text == null) {
            return null;
        }
        String tidy = String.join("\n", text.lines().map(VietnameseText::tidy).toList())
                .replaceAll("\n{3,}", "\n\n").strip();
        if (tidy.codePointCount(0, tidy.length()) > maxLength) {
            throw new InvalidInput(field, "validation.tooLong", maxLength);
        }
        return tidy;
    }

    /** A name (of a person, a place, a unit, an organisation, a user); one blank once tidied is missing. */
    public static String name(String field, String text, int maxLength) {
        String tidy = text(field, text, maxLength);
        if (tidy == null || tidy.isEmpty()) {
            throw new InvalidInput(field, "validation.required");
        }
        tidy.codePoints().filter(c -> Character.getType(c) == Character.OTHER_SYMBOL).findFirst().ifPresent(c -> {
            throw new InvalidInput(field, "validation.symbol", Character.toString(c));
        });
        if (tidy.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidInput(field, "validation.noLetter");
        }
        return tidy;
    }

    private static void refuseControlCharacters(String field, String text) {
        Object[] found = controlCharacter(text);
        if (found != null) {
            throw new InvalidInput(field, "validation.controlCharacter", found);
        }
    }

    /**
     * The first character no text may hold, as the arguments of {@code validation.controlCharacter}
     * (its position, counted from 1, and its code point "U+0000"); {@code null} when there is none.
     */
    public static Object[] controlCharacter(String text) {
        if (text == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            position++;
            if (isRefused(c)) {
                return new Object[] {position, codePoint(c)};
            }
        }
        return null;
    }

    /**
     * Text as the database stores it unchanged: what no text may hold (a lone surrogate, NUL and the
     * other control characters, noncharacters) replaced by U+FFFD. For what is written without a
     * user's input to refuse (the audit trail, whose hash must cover exactly what is stored).
     */
    public static String storable(String text) {
        if (controlCharacter(text) == null) {
            return text;
        }
        StringBuilder stored = new StringBuilder(text.length());
        text.codePoints().forEach(c -> stored.appendCodePoint(isRefused(c) ? 0xFFFD : c));
        return stored.toString();
    }

    private static boolean isRefused(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
        boolean noncharacter = (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
        return control || Character.getType(c) == Character.SURROGATE || noncharacter;
    }

    /** "U+0000", as character tables name it. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
