package vn.doanthe.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void conditionsAreJoinedWithTheirParameters() {
        Where where = Where.always().and("p.gender = :gender", "gender", "FEMALE")
                .and(Where.subtree("p.hamlet", "place", 42L, "/1/7/42/"));
        assertEquals("(p.gender = :gender and (p.hamlet.id = :place or p.hamlet.path like :placeBelow))", where.jpql());
        assertEquals(Map.of("gender", "FEMALE", "place", 42L, "placeBelow", "/1/7/42/%"), where.parameters());
    }

    @Test
    void aValueNotGivenAddsNothingAndGivenTextIsTrimmed() {
        assertSame(Where.always(), Where.always().andIfGiven("a.user = :user", "user", "  ")
                .andIfGiven("a.day = :day", "day", null));
        assertEquals(Map.of("user", "lan"), Where.always().andIfGiven("a.user = :user", "user", " lan ").parameters());
    }

    @Test
    void eitherConditionKeepsBothParameters() {
        Where either = Where.of("a = :x", Map.of("x", 1)).or(Where.of("b = :y", Map.of("y", 2)));
        assertEquals("(a = :x or b = :y)", either.jpql());
        assertEquals(Map.of("x", 1, "y", 2), either.parameters());
    }

    @Test
    void oneNameCannotCarryTwoValues() {
        Where first = Where.of("a = :x", Map.of("x", 1));
        assertEquals(first.parameters(), first.and("b = :x", "x", 1).parameters(), "the same value is fine");
        assertThrows(IllegalArgumentException.class, () -> first.and("b = :x", "x", 2));
    }
}
