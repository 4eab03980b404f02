package vn.doanthe.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doanthe.platform.boundary.InvalidInput;

/**
 * Text as it arrives pasted from Word and old spreadsheets, typed on other keyboards or in other
 * scripts: what is stored ({@link VietnameseText#tidy}), what it is searched by ({@link
 * VietnameseText#fold}) and what the services say of it as a name and as free text ({@link TextCheck}).
 */
class PastedTextTest {

    private static final String ACCEPTED = "accepted";
    private static final int WIDTH = 450;

    static Stream<Arguments> texts() {
        return Stream.of(
                // what           typed                                  stored                 key                   as a name                             as free text
                Arguments.of("Ð for Đ", "ÐẶNG VĂN ÐỨC", "ĐẶNG VĂN ĐỨC", "dang van duc", ACCEPTED, ACCEPTED),
                Arguments.of("ð for đ", "Ðỗ Thị ðào", "Đỗ Thị đào", "do thi dao", ACCEPTED, ACCEPTED),
                Arguments.of("no-break spaces", "\u00A0Nguyễn\u00A0Văn\u00A0\u00A0An\u00A0", "Nguyễn Văn An",
                        "nguyen van an", ACCEPTED, ACCEPTED),
                Arguments.of("tabs, line breaks, ideographic space", "Ấp\tPhú\r\nHòa\u3000Một", "Ấp Phú Hòa Một",
                        "ap phu hoa mot", ACCEPTED, ACCEPTED),
                Arguments.of("zero-width space", "Trần\u200B Thị\u200BMai", "Trần ThịMai", "tran thimai", ACCEPTED,
                        ACCEPTED),
                Arguments.of("zero-width joiner", "Hoa\u200D", "Hoa", "hoa", ACCEPTED, ACCEPTED),
                Arguments.of("byte-order mark", "\uFEFFPhạm Minh", "Phạm Minh", "pham minh", ACCEPTED, ACCEPTED),
                Arguments.of("soft hyphen", "Nguy\u00ADễn", "Nguyễn", "nguyen", ACCEPTED, ACCEPTED),
                Arguments.of("direction marks", "\u200EVõ Thị Sáu\u200F", "Võ Thị Sáu", "vo thi sau", ACCEPTED,
                        ACCEPTED),
                Arguments.of("right-to-left override", "\u202EBùi Văn Nam\u202C", "Bùi Văn Nam", "bui van nam",
                        ACCEPTED, ACCEPTED),
                Arguments.of("emoji", "Hoa 😀", "Hoa 😀", "hoa 😀", "validation.symbol 😀", ACCEPTED),
                Arguments.of("emoji family (joiner sequence)", "Gia đình 👨\u200D👩\u200D👧", "Gia đình 👨👩👧",
                        "gia dinh 👨👩👧", "validation.symbol 👨", ACCEPTED),
                Arguments.of("symbol", "Công ty © ☎", "Công ty © ☎", "cong ty © ☎", "validation.symbol ©", ACCEPTED),
                Arguments.of("Khmer", "ថាច់ សុភា", "ថាច់ សុភា", "ថាច់ សុភា", ACCEPTED, ACCEPTED),
                Arguments.of("Han", "陈文明", "陈文明", "陈文明", ACCEPTED, ACCEPTED),
                Arguments.of("ß", "Strauß", "Strauß", "strauss", ACCEPTED, ACCEPTED),
                Arguments.of("Ø", "Øster Ødegård", "Øster Ødegård", "oster odegard", ACCEPTED, ACCEPTED),
                Arguments.of("Ł", "Łukasz Wałęsa", "Łukasz Wałęsa", "lukasz walesa", ACCEPTED, ACCEPTED),
                Arguments.of("Æ", "Ærø Æsir", "Ærø Æsir", "aero aesir", ACCEPTED, ACCEPTED),
                Arguments.of("full-width letters", "Ｎｇｕｙễｎ　Ａ１", "Nguyễn A1", "nguyen a1", ACCEPTED, ACCEPTED),
                Arguments.of("decomposed (NFD)", "Nu\u031B\u0303", "Nữ", "nu", ACCEPTED, ACCEPTED),
                Arguments.of("digits and punctuation", "Tổ dân phố 12 (Khóm 1/A), Y-Moan", "Tổ dân phố 12 (Khóm 1/A), Y-Moan",
                        "to dan pho 12 (khom 1/a), y-moan", ACCEPTED, ACCEPTED),
                Arguments.of("NUL", "An\u0000", "An\u0000", "an", "validation.controlCharacter 3 U+0000",
                        "validation.controlCharacter 3 U+0000"),
                Arguments.of("C1 control", "Bình\u0085", "Bình", "binh", "validation.controlCharacter 5 U+0085",
                        "validation.controlCharacter 5 U+0085"),
                Arguments.of("lone surrogate", "An\uD800 Bình", "An\uD800 Bình", "an binh",
                        "validation.controlCharacter 3 U+D800", "validation.controlCharacter 3 U+D800"),
                Arguments.of("noncharacter", "😀An\uFFFE", "😀An\uFFFE", "😀an\uFFFE",
                        "validation.controlCharacter 4 U+FFFE", "validation.controlCharacter 4 U+FFFE"),
                Arguments.of("only combining marks", "\u0301\u0303", "\u0301\u0303", "", "validation.noLetter",
                        ACCEPTED),
                Arguments.of("only digits", "12", "12", "12", "validation.noLetter", ACCEPTED),
                Arguments.of("only punctuation", " - . ", "- .", "- .", "validation.noLetter", ACCEPTED),
                Arguments.of("only invisible", "\u00A0\u200B\uFEFF", "", "", "validation.required", ACCEPTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void storedSearchedAndChecked(String what, String typed, String stored, String key, String asName, String asText) {
        assertEquals(stored, VietnameseText.tidy(typed), "stored");
        assertEquals(key, VietnameseText.fold(typed), "key");
        assertEquals(VietnameseText.fold(typed), VietnameseText.fold(VietnameseText.tidy(typed)), "fold(tidy(x)) = fold(x)");
        assertEquals(stored, VietnameseText.tidy(stored), "tidy is idempotent");
        assertEquals(key, VietnameseText.fold(key), "a key typed as a query finds itself");
        assertInKeyAlphabet(VietnameseText.fold(typed));
        assertEquals(asName, verdict(() -> TextCheck.name("fullName", typed, 150)), "as a name");
        assertEquals(asText, verdict(() -> TextCheck.text("address", typed, 300)), "as free text");
    }

    @Test
    void aRefusalNamesTheFieldAndAnAcceptedTextComesBackAsStored() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> TextCheck.name("name", "\u00A0", 150));
        assertEquals("name", refused.field());
        assertEquals("Ấp Phú Hòa", TextCheck.name("name", " Ấp\u00A0Phú Hòa\u200B", 150));
        assertNull(TextCheck.text("address", null, 300));
    }

    @Test
    void paragraphsPastedFromWordKeepTheirLineBreaksTidied() {
        String pasted = "\r\n  Bài thu hoạch:\u00A0tổ chức\tsinh hoạt \r\n\r\n\r\n\r\n– Họp chi hội\u200B theo chuyên đề\r\n";
        assertEquals("Bài thu hoạch: tổ chức sinh hoạt\n\n– Họp chi hội theo chuyên đề",
                TextCheck.paragraphs("reflection", pasted, 2000));
        assertNull(TextCheck.paragraphs("reflection", null, 2000));
        assertEquals("validation.tooLong 5", verdict(() -> TextCheck.paragraphs("reflection", "ab\ncdef", 5)));
        assertEquals("validation.controlCharacter", verdict(() -> TextCheck.paragraphs("reflection", "a\u0007b", 50))
                .split(" ")[0]);
    }

    @Test
    void lengthIsCheckedOnTheStoredFormInCharactersNotJavaChars() {
        assertEquals(ACCEPTED, verdict(() -> TextCheck.text("address", "😀".repeat(300), 300)));
        assertEquals("validation.tooLong 300", verdict(() -> TextCheck.text("address", "a".repeat(301), 300)));
        // Spaces collapsed before the length is taken.
        assertEquals(ACCEPTED, verdict(() -> TextCheck.text("address", "a" + " ".repeat(400) + "b", 300)));
    }

    @Test
    void aKeyLongerThanItsColumnIsCutAtItsEndWithoutSplittingACharacter() {
        String key = VietnameseText.fold("ß".repeat(300), WIDTH);
        assertEquals("s".repeat(WIDTH), key);
        String emoji = VietnameseText.fold("😀".repeat(WIDTH + 10), WIDTH);
        assertEquals(WIDTH, emoji.codePointCount(0, emoji.length()));
        assertInKeyAlphabet(emoji);
        assertEquals("an", VietnameseText.fold("an" + " ".repeat(3) + "binh", 3), "no trailing space once cut");
        assertEquals("nguyen van an", VietnameseText.fold("Nguyễn Văn An", WIDTH), "a short key is whole");
    }

    @Test
    void noCharacterFoldsOutsideTheKeyAlphabetOrDiffersOnceTidied() {
        // The planes that hold characters (surrogates included): 0 to 3, and 14 (tags, variation selectors).
        IntStream.concat(IntStream.rangeClosed(0, 0x3FFFF), IntStream.rangeClosed(0xE0000, 0xE0FFF)).forEach(c -> {
            String text = "Â" + Character.toString(c) + "b";
            String key = VietnameseText.fold(text);
            assertInKeyAlphabet(key);
            assertEquals(key, VietnameseText.fold(VietnameseText.tidy(text)));
            assertEquals(key, VietnameseText.fold(key));
        });
    }

    /** No control character or lone surrogate, no Latin combining mark, lower case, single inner spaces. */
    private static void assertInKeyAlphabet(String key) {
        assertTrue(key.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE || (c >= 0x0300 && c <= 0x036F)
                || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
                || (c >= 0xFE20 && c <= 0xFE2F)), () -> "unexpected character in " + codePoints(key));
        assertEquals(key.toLowerCase(Locale.ROOT), key);
        assertFalse(key.startsWith(" ") || key.endsWith(" ") || key.contains("  "), () -> "spaces in " + codePoints(key));
    }

    private static String verdict(Runnable check) {
        try {
            check.run();
            return ACCEPTED;
        } catch (InvalidInput e) {
            return Stream.concat(Stream.of(e.messageKey()), Arrays.stream(e.arguments()).map(String::valueOf))
                    .collect(Collectors.joining(" "));
        }
    }

    private static String codePoints(String text) {
        return text.codePoints().mapToObj(TextCheck::codePoint).collect(Collectors.joining(" "));
    }
}
