package vn.doanthe.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex: how the audit trail and tokens keep a value without keeping it. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String value) {
        return HexFormat.of().formatHex(digester().digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of bytes (a file's), as lowercase hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digester().digest(bytes));
    }

    /** A new digester (they are not thread-safe). */
    public static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
