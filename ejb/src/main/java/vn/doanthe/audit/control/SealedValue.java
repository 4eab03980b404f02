package vn.doanthe.audit.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A personal value as an audit entry stores it: {@code enc:v1:<key id>:<base64 of IV and
 * AES-256-GCM ciphertext>}. The key id names the person's key ({@link SubjectKeys}); the entity,
 * its id and the field are bound in as associated data, so a sealed value copied into another
 * field or entry does not open.
 */
public final class SealedValue {

    private static final String PREFIX = "enc:v1:";
    private static final Pattern SEALED = Pattern.compile("enc:v1:(-?\\d+):([A-Za-z0-9+/=]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SealedValue() {
    }

    public static String seal(long keyId, byte[] key, String where, String value) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, where);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The key id a stored value names, or null when it is not sealed (entries written before sealing). */
    public static Long keyId(String stored) {
        Matcher sealed = stored == null ? null : SEALED.matcher(stored);
        return sealed != null && sealed.matches() ? Long.valueOf(sealed.group(1)) : null;
    }

    /** The value, or null when the key does not open it (destroyed, or another entry's value). */
    public static String open(byte[] key, String where, String stored) {
        Matcher sealed = SEALED.matcher(stored);
        if (key == null || !sealed.matches()) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.group(2));
            byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, where);
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** What a sealed value is bound to: {@code Person/42/phone}. */
    public static String where(String entityType, String entityId, String field) {
        return entityType + "/" + entityId + "/" + field;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String where) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
