package vn.doanthe.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.doanthe.member.entity.Gender;

class NationalIdTest {

    private static final LocalDate BORN_1985 = LocalDate.of(1985, 4, 12);
    private static final LocalDate BORN_2003 = LocalDate.of(2003, 9, 2);

    @Test
    void anIdThatMatchesProvinceGenderAndBirthYearIsAccepted() {
        assertTrue(NationalId.check("084185000123", Gender.FEMALE, BORN_1985).isEmpty());
        assertTrue(NationalId.check("001085000123", Gender.MALE, BORN_1985).isEmpty());
        assertTrue(NationalId.check("083303000123", Gender.FEMALE, BORN_2003).isEmpty());
        assertTrue(NationalId.check("083203000123", Gender.MALE, BORN_2003).isEmpty());
    }

    @Test
    void eachInconsistencyIsNamed() {
        assertEquals(Optional.of(NationalId.Problem.FORMAT), NationalId.check("08418500012", Gender.FEMALE, BORN_1985));
        assertEquals(Optional.of(NationalId.Problem.FORMAT), NationalId.check("08418500012a", Gender.FEMALE, BORN_1985));
        assertEquals(Optional.of(NationalId.Problem.PROVINCE), NationalId.check("003185000123", Gender.FEMALE, BORN_1985));
        assertEquals(Optional.of(NationalId.Problem.PROVINCE), NationalId.check("184185000123", Gender.FEMALE, BORN_1985));
        assertEquals(Optional.of(NationalId.Problem.GENDER), NationalId.check("084085000123", Gender.FEMALE, BORN_1985));
        assertEquals(Optional.of(NationalId.Problem.BIRTH_YEAR), NationalId.check("084186000123", Gender.FEMALE, BORN_1985));
        assertEquals(Optional.of(NationalId.Problem.BIRTH_YEAR), NationalId.check("084385000123", Gender.FEMALE, BORN_1985));
    }

    @Test
    void composedIdsPassTheirOwnCheck() {
        String id = NationalId.compose("86", Gender.FEMALE, 2003, 4711);
        assertEquals("086303004711", id);
        assertTrue(NationalId.check(id, Gender.FEMALE, BORN_2003).isEmpty());
    }
}
