package vn.doanthe.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHash.of("Mật khẩu 2025".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256:" + PasswordHash.ITERATIONS + ":"), stored);
        assertTrue(PasswordHash.matches("Mật khẩu 2025".toCharArray(), stored));
        assertFalse(PasswordHash.matches("mật khẩu 2025".toCharArray(), stored));
    }

    @Test
    void theSamePasswordIsSaltedDifferentlyEachTime() {
        assertNotEquals(PasswordHash.of("secret".toCharArray()), PasswordHash.of("secret".toCharArray()));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertFalse(PasswordHash.matches("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHash.matches("x".toCharArray(), null));
    }

    @Test
    void randomPasswordsAvoidLookAlikeCharacters() {
        String password = PasswordHash.randomPassword();
        assertTrue(password.matches("[A-HJ-NP-Za-km-z2-9]{16}"), password);
    }
}
