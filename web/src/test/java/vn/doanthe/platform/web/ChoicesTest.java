package vn.doanthe.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void aChosenLineGivesBackItsKey() {
        assertEquals("29254.01 Khóm 1", Choices.label("29254.01", "Khóm 1"));
        assertEquals("29254.01", Choices.key("29254.01 Khóm 1"));
        assertEquals("29254", Choices.key("  29254 "));
        assertEquals(7L, Choices.id(Choices.label(7L, "Chi hội Phụ nữ khóm 1")));
    }

    @Test
    void nothingOrAnythingTypedIsNoIdRatherThanAnError() {
        assertNull(Choices.key(null));
        assertNull(Choices.key("   "));
        assertNull(Choices.id("phu nu"));
        assertNull(Choices.id("99999999999999999999 too long"));
    }
}
