package vn.doanthe.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doanthe.audit.entity.AuditEntry;

class AuditChainTest {

    private final AuditChain chain = new AuditChain();

    private static AuditRecord entry(String username, String clientAddress, String changes) {
        return inUnit(username, clientAddress, changes, null, null);
    }

    private static AuditRecord inUnit(String username, String clientAddress, String changes, Long unitId,
                                      String unitPath) {
        return new AuditRecord(7, LocalDateTime.of(2026, 11, 27, 15, 4, 5, 60_000_000), username, clientAddress,
                "0b7c2a2e-3f1d-4a5b-9c8d-7e6f5a4b3c2d", "UPDATE", "Person", "42", changes, null, "Persons.correct",
                unitId, unitPath);
    }

    @Test
    void anEntryInAUnitEncodesTheUnitAfterTheCommandAndOneWithoutEncodesAsBeforeV12() {
        String encoded = new String(chain.canonical(AuditChain.GENESIS, inUnit("hà", "10.0.0.1", "[]", 31L, "/1/5/31/")),
                StandardCharsets.UTF_8);
        assertEquals(new String(chain.canonical(AuditChain.GENESIS, entry("hà", "10.0.0.1", "[]")), StandardCharsets.UTF_8)
                + "2:31" + "8:/1/5/31/", encoded);
        String inUnit = chain.hash(AuditChain.GENESIS, inUnit("admin", null, "[]", 31L, "/1/5/31/"));
        assertNotEquals(inUnit, chain.hash(AuditChain.GENESIS, entry("admin", null, "[]")), "the unit removed");
        assertNotEquals(inUnit, chain.hash(AuditChain.GENESIS, inUnit("admin", null, "[]", 32L, "/1/5/31/")));
        assertNotEquals(inUnit, chain.hash(AuditChain.GENESIS, inUnit("admin", null, "[]", 31L, "/1/5/")));
    }

    @Test
    void theEncodingIsTheDocumentedOneWithLengthsInBytes() {
        String encoded = new String(chain.canonical(AuditChain.GENESIS, entry("hà", "10.0.0.1", "[]")),
                StandardCharsets.UTF_8);
        assertEquals("15:doanthe-audit-1" + "64:" + AuditChain.GENESIS + "1:7" + "23:2026-11-27 15:04:05.060"
                + "3:hà" + "8:10.0.0.1" + "36:0b7c2a2e-3f1d-4a5b-9c8d-7e6f5a4b3c2d" + "6:UPDATE" + "6:Person"
                + "2:42" + "2:[]" + "~" + "15:Persons.correct", encoded);
    }

    @Test
    void theHashIsTheSha256OfTheEncodingInLowercaseHex() throws Exception {
        AuditRecord e = entry("admin", null, "[]");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(chain.canonical(AuditChain.GENESIS, e)));
        assertEquals(expected, chain.hash(AuditChain.GENESIS, e));
        assertTrue(expected.matches("[0-9a-f]{64}"));
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertNotEquals(chain.hash(AuditChain.GENESIS, entry("ab", "c", "[]")),
                chain.hash(AuditChain.GENESIS, entry("a", "bc", "[]")));
    }

    @Test
    void anEmptyValueIsNotAMissingOne() {
        assertNotEquals(chain.hash(AuditChain.GENESIS, entry("admin", "", "[]")),
                chain.hash(AuditChain.GENESIS, entry("admin", null, "[]")));
    }

    @Test
    void theHashCoversThePreviousHashAndEveryCharacterOfTheChanges() {
        String first = chain.hash(AuditChain.GENESIS, entry("admin", null, "[{\"field\":\"name\",\"old\":\"A\"}]"));
        assertNotEquals(first, chain.hash(AuditChain.GENESIS, entry("admin", null, "[{\"field\":\"name\",\"old\":\"B\"}]")));
        assertNotEquals(first, chain.hash(first, entry("admin", null, "[{\"field\":\"name\",\"old\":\"A\"}]")));
    }

    @Test
    void aHugeValueIsStoredCutWithTheDigestOfTheWholeValue() {
        String huge = "Đ".repeat(AuditEntry.MAX_TEXT) + "tail";
        String changes = AuditTrail.fieldChanges(Map.of("address", "short"), Map.of("address", huge));
        JsonObject field = Json.createReader(new StringReader(changes)).readArray().getJsonObject(0);
        assertEquals("short", field.getString("old"));
        assertEquals(AuditEntry.MAX_TEXT + 1, field.getString("new").length());
        assertEquals(AuditChain.digest(huge), field.getString("newSha256"));
        assertTrue(!field.containsKey("oldSha256"));
        String other = AuditTrail.fieldChanges(Map.of("address", "short"), Map.of("address", huge + "!"));
        assertNotEquals(changes, other, "values equal up to the cut still hash apart");
    }

    @Test
    void anEntryReadAsStoredBytesMatchesExactlyWhenItsHashIsTheOneComputedFromItsValues() {
        for (AuditRecord e : List.of(entry("hà", null, "[{\"field\":\"name\",\"new\":\"Nguyễn Thị Hà\"}]"),
                inUnit("admin", "10.0.0.1", "[]", 31L, "/1/5/31/"), inUnit("admin", "", "", null, "/1/"))) {
            String previous = chain.hash(AuditChain.GENESIS, entry("x", null, "[]"));
            String hash = chain.hash(previous, e);
            assertTrue(chain.matches(stored(e, previous, hash)));
            assertTrue(!chain.matches(stored(e, AuditChain.GENESIS, hash)), "another previous hash");
            String other = chain.hash(previous, inUnit(e.username(), e.clientAddress(), e.changes() + " ", e.unitId(),
                    e.unitPath()));
            assertTrue(!chain.matches(stored(e, previous, other)), "another entry's hash");
        }
    }

    /** The entry as {@code StoredEntry.read} gets it from MariaDB: UTF-8 bytes, at as DATETIME(3) text. */
    private static StoredEntry stored(AuditRecord e, String previous, String hash) {
        String[] texts = {"2026-11-27 15:04:05.060", e.username(), e.clientAddress(), e.requestId(), e.action(),
                e.entityType(), e.entityId(), e.changes(), e.reason(), e.command()};
        byte[][] bytes = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            bytes[i] = texts[i] == null ? null : texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return new StoredEntry(e.id(), bytes, e.unitId(), e.unitPath() == null ? null
                : e.unitPath().getBytes(StandardCharsets.UTF_8), previous.getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void onlyChangedFieldsAreListed() {
        JsonArray fields = Json.createReader(new StringReader(AuditTrail.fieldChanges(
                Map.of("name", "A", "phone", "1"), Map.of("name", "B", "phone", "1")))).readArray();
        assertEquals(1, fields.size());
        assertEquals("name", fields.getJsonObject(0).getString("field"));
    }
}
