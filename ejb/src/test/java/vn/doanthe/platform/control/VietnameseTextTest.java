package vn.doanthe.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource({
        "Đắk Lắk, dak lak",
        "Nguyễn Thị Thu Hà, nguyen thi thu ha",
        "Đặng, dang",
        "  Ơn   Ưng  , on ung",
        "Thủy, thuy",
        "Thuỷ, thuy",
        "ĂÂÊÔƠƯĐ, aaeooud",
    })
    void foldingRemovesTonesAndLetterMarksForSearch(String text, String key) {
        assertEquals(key, VietnameseText.fold(text));
    }

    @ParameterizedTest
    @CsvSource({"Hòa, Hòa", "'  Ấp   Phú  Hòa ', Ấp Phú Hòa"})
    void tidyingComposesUnicodeAndCollapsesSpaces(String text, String tidy) {
        // "Hòa" typed with a combining grave accent (decomposed) is stored composed.
        assertEquals(tidy, VietnameseText.tidy(text.replace("ò", "o\u0300")));
    }

    @Test
    void nothingFoldsToNothing() {
        assertEquals("", VietnameseText.fold(null));
        assertNull(VietnameseText.tidy(null));
    }
}
