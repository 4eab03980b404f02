package vn.doanthe.security.control;

import java.security.SecureRandom;
import java.util.Base64;
import vn.doanthe.platform.control.Sha256;

/**
 * The secret of an API token: {@code dt_} and 256 random bits (43 URL-safe characters), and the
 * SHA-256 under which it is stored. A random key of that length needs no salt nor slow hash: there
 * is nothing to guess, so one indexed look-up of its hash checks it.
 */
public final class TokenSecret {

    public static final String PREFIX = "dt_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PREFIX_SHOWN = 10;

    private TokenSecret() {
    }

    public static String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether {@code presented} has the form of a token (before anything is looked up). */
    public static boolean wellFormed(String presented) {
        return presented != null && presented.length() == PREFIX.length() + 43 && presented.startsWith(PREFIX)
                && presented.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** What lists show of a token: its first characters, enough to tell two apart. */
    public static String shown(String token) {
        return token.substring(0, PREFIX_SHOWN);
    }
}
