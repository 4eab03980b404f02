package vn.doanthe.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import vn.doanthe.platform.control.Sha256;

/**
 * The audit trail's hash chain: each entry stores {@code hash = SHA-256(canonical(previous hash,
 * entry))}, lowercase hex, the first entry's previous hash being {@link #GENESIS}.
 *
 * <p>Canonical encoding, version {@value #VERSION}: the UTF-8 bytes of these fields one after the
 * other, each written as its length in bytes (decimal ASCII), a colon and the bytes, or a single
 * {@code ~} when the field is null, so that no two different entries encode alike ("ab" + "c" is
 * {@code 2:ab1:c}, "a" + "bc" is {@code 1:a2:bc}; an empty value is {@code 0:}): the version tag,
 * the previous hash, id, at ({@code yyyy-MM-dd HH:mm:ss.SSS}, UTC, milliseconds as stored),
 * username, client address, request id, action, entity type, entity id, changes, reason, command;
 * then, only when the entry names a territorial unit (entries since V12 that concern one), the
 * unit's id and its subtree path. Entries written before V12, and those that concern no unit
 * (users, settings, logins), encode exactly as before, so their hashes still verify; an entry that
 * names a unit encodes two more fields, so that removing, adding or changing its unit breaks its
 * hash like any other edit (a length-prefixed encoding never reads one sequence of fields as another).
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
    private static final byte[] VERSION_BYTES = VERSION.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final MessageDigest sha256 = Sha256.digester();
    /** The encoding of the entry being hashed, reused from entry to entry (the verification hashes millions). */
    private byte[] buffer = new byte[2048];
    private int size;

    /** The hash of {@code entry} chained to {@code previous}. Not thread-safe: one chain per thread. */
    public String hash(String previous, AuditRecord entry) {
        encode(previous, entry);
        sha256.update(buffer, 0, size);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Whether an entry read as stored bytes hashes, chained to the previous hash it stores, to the
     * hash it stores: the same encoding as {@link #hash}, without decoding the columns first (the
     * verification reads millions of entries; decoding and encoding again was most of its time).
     */
    boolean matches(StoredEntry entry) {
        if (entry.previousHash() == null || entry.hash() == null || entry.hash().length != 64) {
            return false;
        }
        encode(entry.previousHash(), entry.id(), entry.texts(), entry.unitId(), entry.unitPath());
        sha256.update(buffer, 0, size);
        byte[] digest = sha256.digest();
        byte[] stored = entry.hash();
        for (int i = 0; i < digest.length; i++) {
            if (stored[2 * i] != HEX[(digest[i] >> 4) & 0xf] || stored[2 * i + 1] != HEX[digest[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes the hash is taken over. */
    public byte[] canonical(String previous, AuditRecord entry) {
        encode(previous, entry);
        return Arrays.copyOf(buffer, size);
    }

    private void encode(String previous, AuditRecord entry) {
        encode(utf8(previous), entry.id(), new byte[][] {at(entry.at()), utf8(entry.username()),
                utf8(entry.clientAddress()), utf8(entry.requestId()), utf8(entry.action()), utf8(entry.entityType()),
                utf8(entry.entityId()), utf8(entry.changes()), utf8(entry.reason()), utf8(entry.command())},
                entry.unitId(), utf8(entry.unitPath()));
    }

    /**
     * The one place the encoding's fields are put in order, whether they come from an entry's values
     * (the trail hashing what it appends) or from its stored bytes (the verification).
     *
     * @param texts at, username, client address, request id, action, entity type, entity id,
     *              changes, reason, command
     */
    private void encode(byte[] previous, long id, byte[][] texts, Long unitId, byte[] unitPath) {
        size = 0;
        field(VERSION_BYTES);
        field(previous);
        field(ascii(id));
        for (byte[] text : texts) {
            field(text);
        }
        if (unitId != null || unitPath != null) {
            field(unitId == null ? null : ascii(unitId));
            field(unitPath);
        }
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(long number) {
        return Long.toString(number).getBytes(StandardCharsets.US_ASCII);
    }

    /** The SHA-256 of a full value that was stored cut, lowercase hex. */
    public static String digest(String value) {
        return Sha256.hex(value);
    }

    /** Times are stored and hashed to the millisecond (the column is DATETIME(3)). */
    public static LocalDateTime stamp(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private void field(byte[] bytes) {
        if (bytes == null) {
            put((byte) '~');
            return;
        }
        length(bytes.length);
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSS}, written digit by digit: formatting is the slow part of hashing. */
    private static byte[] at(LocalDateTime at) {
        if (at == null) {
            return null;
        }
        if (at.getYear() < 1000 || at.getYear() > 9999) {
            return utf8(AT.format(at));
        }
        byte[] text = "0000-00-00 00:00:00.000".getBytes(StandardCharsets.US_ASCII);
        digits(text, 0, at.getYear(), 4);
        digits(text, 5, at.getMonthValue(), 2);
        digits(text, 8, at.getDayOfMonth(), 2);
        digits(text, 11, at.getHour(), 2);
        digits(text, 14, at.getMinute(), 2);
        digits(text, 17, at.getSecond(), 2);
        digits(text, 20, at.getNano() / 1_000_000, 3);
        return text;
    }

    private static void digits(byte[] text, int from, int value, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private void length(int length) {
        room(12);
        if (length == 0) {
            buffer[size++] = '0';
        } else {
            int start = size;
            for (int rest = length; rest > 0; rest /= 10) {
                buffer[size++] = (byte) ('0' + rest % 10);
            }
            for (int i = start, j = size - 1; i < j; i++, j--) {
                byte swap = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = swap;
            }
        }
        buffer[size++] = ':';
    }

    private void put(byte b) {
        room(1);
        buffer[size++] = b;
    }

    private void room(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

}
