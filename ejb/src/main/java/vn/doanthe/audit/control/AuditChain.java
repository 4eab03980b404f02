package vn.doanthe.audit.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The audit trail's hash chain: each entry stores {@code hash = SHA-256(canonical(previous hash,
 * entry))}, lowercase hex, the first entry's previous hash being {@link #GENESIS}.
 *
 * <p>Canonical encoding, version {@value #VERSION}: the UTF-8 bytes of these fields one after the
 * other, each written as its length in bytes (decimal ASCII), a colon and the bytes, or a single
 * {@code ~} when the field is null, so that no two different entries encode alike ("ab" + "c" is
 * {@code 2:ab1:c}, "a" + "bc" is {@code 1:a2:bc}; an empty value is {@code 0:}): the version tag,
 * the previous hash, id, at ({@code yyyy-MM-dd HH:mm:ss.SSS}, UTC, milliseconds as stored),
 * username, client address, request id, action, entity type, entity id, changes, reason, command.
 *
 * <p>Huge values are stored bounded, and the hash covers what is stored: where a field value was
 * cut, the stored changes carry the SHA-256 of the full value beside the cut one ({@code
 * oldSha256}/{@code newSha256}), so the chain commits to the full value while verification needs
 * nothing but the table.
 *
 * <p>Plain Java on purpose: the application, its verification and the command the IT department
 * runs without the application server ({@link AuditChainCheck}) share this one encoding.
 */
public final class AuditChain {

    public static final String VERSION = "doanthe-audit-1";
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final MessageDigest sha256 = sha256();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    /** The hash of {@code entry} chained to {@code previous}. Not thread-safe: one chain per thread. */
    public String hash(String previous, AuditRecord entry) {
        return HexFormat.of().formatHex(sha256.digest(canonical(previous, entry)));
    }

    /** The bytes the hash is taken over. */
    public byte[] canonical(String previous, AuditRecord entry) {
        buffer.reset();
        field(VERSION);
        field(previous);
        field(Long.toString(entry.id()));
        field(entry.at() == null ? null : AT.format(entry.at()));
        field(entry.username());
        field(entry.clientAddress());
        field(entry.requestId());
        field(entry.action());
        field(entry.entityType());
        field(entry.entityId());
        field(entry.changes());
        field(entry.reason());
        field(entry.command());
        return buffer.toByteArray();
    }

    /** The SHA-256 of a full value that was stored cut, lowercase hex. */
    public static String digest(String value) {
        return HexFormat.of().formatHex(sha256().digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Times are stored and hashed to the millisecond (the column is DATETIME(3)). */
    public static LocalDateTime stamp(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private void field(String value) {
        if (value == null) {
            buffer.write('~');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        buffer.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        buffer.write(':');
        buffer.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
