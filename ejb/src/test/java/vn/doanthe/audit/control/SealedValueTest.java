package vn.doanthe.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SealedValueTest {

    private final byte[] key = new byte[32];
    private final byte[] other = new byte[32];

    SealedValueTest() {
        SecureRandom random = new SecureRandom();
        random.nextBytes(key);
        random.nextBytes(other);
    }

    @Test
    void aSealedValueOpensWithItsKeyInItsPlaceOnly() {
        String where = SealedValue.where("Person", "42", "phone");
        String sealed = SealedValue.seal(7L, key, where, "0912345678");
        assertFalse(sealed.contains("0912345678"), sealed);
        assertEquals(7L, SealedValue.keyId(sealed));
        assertEquals("0912345678", SealedValue.open(key, where, sealed));
        assertNull(SealedValue.open(other, where, sealed), "another person's key");
        assertNull(SealedValue.open(null, where, sealed), "a destroyed key");
        assertNull(SealedValue.open(key, SealedValue.where("Person", "43", "phone"), sealed), "copied to another entry");
        assertNull(SealedValue.open(key, SealedValue.where("Person", "42", "address"), sealed), "copied to another field");
    }

    @Test
    void theSameValueSealsDifferentlyEachTimeAndPlainTextIsNotTakenForSealed() {
        String where = SealedValue.where("Person", "1", "fullName");
        assertNotEquals(SealedValue.seal(1L, key, where, "Nguyễn Thị Hoa"), SealedValue.seal(1L, key, where, "Nguyễn Thị Hoa"));
        assertEquals("Nguyễn Thị Hoa", SealedValue.open(key, where, SealedValue.seal(1L, key, where, "Nguyễn Thị Hoa")));
        assertNull(SealedValue.keyId("Nguyễn Thị Hoa"));
        assertNull(SealedValue.keyId("enc:v1:not a key"));
        assertNull(SealedValue.keyId(null));
    }
}
