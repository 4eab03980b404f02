package vn.doanthe.platform.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Vietnamese text as users type it. Many type without a Vietnamese keyboard, so search compares
 * folded keys: tones removed, ă/â → a, ê → e, ô/ơ → o, ư → u, đ → d, lower case, single spaces.
 * MariaDB's Vietnamese collation cannot do this (it treats đ, ơ, ư … as letters of their own).
 * Names also arrive pasted from Word and old spreadsheets, with invisible characters, odd spaces
 * and the Icelandic Ð of old Vietnamese encodings, and in other scripts (Khmer, Han): tidying
 * removes the former; the latter are real names, kept as written (folding lower-cases them where
 * their script has case).
 */
public final class VietnameseText {

    /** Unicode's White_Space characters; Java's {@code \s} knows only the ASCII ones. */
    private static final Pattern SPACES = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    /** Letters that carry no decomposable mark but that people type without them (after lower-casing). */
    private static final Map<Integer, String> PLAIN_LETTERS = Map.of(
            (int) 'đ', "d", (int) 'ð', "d", (int) 'ß', "ss", (int) 'ø', "o", (int) 'ł', "l",
            (int) 'æ', "ae", (int) 'œ', "oe", (int) 'þ', "th", (int) 'ı', "i");

    private VietnameseText() {
    }

    /**
     * The search key of {@code text}: "Đắk Lắk" and "dak  LAK" both give "dak lak". Only the marks
     * Vietnamese and other Latin writing put on letters go (and variation selectors, which merely
     * choose a glyph); the vowel signs of Khmer, Thai or Indic scripts are parts of their letters
     * and stay, as does any text in those scripts.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String compatible = Normalizer.normalize(tidy(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (!isLatinMark(c) && !isVariationSelector(c) && type != Character.CONTROL && type != Character.SURROGATE) {
                String plain = PLAIN_LETTERS.get(c);
                if (plain == null) {
                    key.appendCodePoint(c);
                } else {
                    key.append(plain);
                }
            }
        });
        // Composed again so that what other scripts combine (Hangul, kana with voicing marks) is
        // stored and compared as one character.
        return trimSpaces(SPACES.matcher(Normalizer.normalize(key, Normalizer.Form.NFC)).replaceAll(" "));
    }

    /**
     * The search key of {@code text} cut to at most {@code maxLength} characters, the width of the
     * column it is stored in: folding may lengthen a name (ß → ss, ﬃ → ffi), and a key cut at
     * its end still finds the name by its first words.
     */
    public static String fold(String text, int maxLength) {
        String key = fold(text);
        if (key.codePointCount(0, key.length()) <= maxLength) {
            return key;
        }
        return trimSpaces(key.substring(0, key.offsetByCodePoints(0, maxLength)));
    }

    /**
     * Text as it should be stored: composed (NFC) Unicode; every kind of space and line break one
     * space, none leading or trailing; invisible format characters (soft hyphens, zero-width
     * spaces and joiners, byte-order marks, direction marks) removed; full-width Latin letters and
     * digits made ordinary; Ð/ð, which old Vietnamese encodings used for Đ/đ, made Đ/đ. Control
     * characters and lone surrogates are left for {@link TextCheck} to refuse.
     */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder tidy = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 'Ð') {
                tidy.append('Đ');
            } else if (c == 'ð') {
                tidy.append('đ');
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                tidy.append((char) (c - 0xFEE0));
            } else if (Character.getType(c) != Character.FORMAT) {
                tidy.appendCodePoint(c);
            }
        });
        // Composed after the invisible characters are gone, so a mark they separated from its letter joins it.
        return trimSpaces(SPACES.matcher(Normalizer.normalize(tidy, Normalizer.Form.NFC)).replaceAll(" "));
    }

    /** The combining marks of Latin writing: diacritical marks and their supplements, half marks. */
    private static boolean isLatinMark(int c) {
        return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
                || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
    }

    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** Without the one leading and trailing space collapsed text may have; unlike trim(), control characters stay. */
    private static String trimSpaces(String text) {
        int start = text.startsWith(" ") ? 1 : 0;
        int end = text.endsWith(" ") && text.length() > start ? text.length() - 1 : text.length();
        return text.substring(start, end);
    }
}
