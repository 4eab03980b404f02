package vn.doanthe.platform.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as users type it. Many type without a Vietnamese keyboard, so search compares
 * folded keys: tones removed, ă/â → a, ê → e, ô/ơ → o, ư → u, đ → d, lower case, single spaces.
 * MariaDB's Vietnamese collation cannot do this (it treats đ, ơ, ư … as letters of their own).
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** The search key of {@code text}: "Đắk Lắk" and "dak  LAK" both give "dak lak". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Text as it should be stored: composed (NFC) Unicode, single spaces, no leading or trailing blanks. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }
}
