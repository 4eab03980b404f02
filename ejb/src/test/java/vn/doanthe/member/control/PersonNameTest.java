package vn.doanthe.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void familyNameComesFirstAndGivenNameLast() {
        PersonName name = PersonName.of("  Nguyễn   Thị Thu Hà ");
        assertEquals("Nguyễn Thị Thu Hà", name.full());
        assertEquals("Nguyễn", name.family());
        assertEquals("Thị Thu", name.middle());
        assertEquals("Hà", name.given());
        assertEquals("nguyen thi thu ha", name.searchKey());
    }

    @Test
    void twoWordAndOneWordNamesHaveNoMiddleName() {
        assertEquals(new PersonName("Lê Hoa", "Lê", "", "Hoa"), PersonName.of("Lê Hoa"));
        assertEquals(new PersonName("Y Moan", "Y", "", "Moan"), PersonName.of("Y Moan"));
        assertEquals(new PersonName("Bảo", "", "", "Bảo"), PersonName.of("Bảo"));
    }

    @Test
    void aNamePastedFromWordIsSplitAsTypedAndANameInAnotherScriptIsSearchedAsWritten() {
        PersonName pasted = PersonName.of("\uFEFFÐinh\u00A0Văn\u200B Tú\u00A0");
        assertEquals(new PersonName("Đinh Văn Tú", "Đinh", "Văn", "Tú"), pasted);
        assertEquals("dinh van tu", pasted.searchKey());
        assertEquals("ថាច់ សុភា", PersonName.of("ថាច់ សុភា").searchKey());
        assertEquals("strauss", PersonName.of("STRAUß").searchKey());
    }
}
