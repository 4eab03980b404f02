package vn.doanthe.audit.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A record as the audit trail says it stood at a moment ({@code at}, UTC): each field with its
 * value then, whether that is every field ({@code complete}; not for a record created before the
 * trail was kept, of which only the fields changed since are known), and the last entry that
 * changed it ({@code lastEntryId}, {@code lastChangedAt} UTC, {@code lastChangedBy}).
 */
public record RecordState(String entityType, String entityId, LocalDateTime at, List<FieldValue> fields,
                          boolean complete, long lastEntryId, LocalDateTime lastChangedAt, String lastChangedBy) implements Serializable {

    /** One field and its value; secrets stay hidden, values over 4,000 characters stay cut as recorded. */
    public record FieldValue(String field, String value) implements Serializable {
    }
}
