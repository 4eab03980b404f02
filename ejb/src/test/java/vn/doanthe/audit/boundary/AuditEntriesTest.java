package vn.doanthe.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEntriesTest {

    @Test
    void aChangeReadsAsItsFieldsOldAndNew() {
        List<FieldChange> changes = AuditEntries.changes(
                "[{\"field\":\"name\",\"old\":\"Ấp Một\",\"new\":\"Ấp Hai\"},{\"field\":\"validTo\",\"old\":null,\"new\":\"2026-01-01\"}]");
        assertEquals(List.of(new FieldChange("name", "Ấp Một", "Ấp Hai"), new FieldChange("validTo", null, "2026-01-01")),
                changes);
    }

    @Test
    void anEventReadsAsItsDetails() {
        assertEquals(List.of(new FieldChange("detail", null, "console")), AuditEntries.changes("{\"detail\":\"console\"}"));
        assertEquals(List.of(), AuditEntries.changes(null));
    }
}
