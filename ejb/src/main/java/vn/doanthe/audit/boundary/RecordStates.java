package vn.doanthe.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.doanthe.audit.control.AuditMasks;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;

/**
 * "What did this record look like on day D": the record rebuilt from its audit entries alone, in
 * the order they were written, up to a moment: a creation sets every field, an update its changed
 * fields, a deletion ends the record. Nothing is read from the record's own table, so the answer
 * holds for records changed or deleted since.
 */
@Reading(allowed = {Role.ADMIN, Role.AUDITOR})
@Stateless
public class RecordStates {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditEntries entries;

    @Inject
    AuditReading reading;

    /** The record at the end of {@code day} in Vietnam. */
    public RecordState onDay(String entityType, String entityId, LocalDate day) {
        if (day == null) {
            throw new InvalidInput("at", "validation.required");
        }
        return before(entityType, entityId, AuditFilter.startInUtc(day.plusDays(1)));
    }

    /** The record right after the entries written at or before {@code utc}, the way entries' {@code at} reads. */
    public RecordState at(String entityType, String entityId, LocalDateTime utc) {
        if (utc == null) {
            throw new InvalidInput("at", "validation.required");
        }
        return before(entityType, entityId, utc.truncatedTo(ChronoUnit.MILLIS).plus(1, ChronoUnit.MILLIS));
    }

    private RecordState before(String entityType, String entityId, LocalDateTime before) {
        entries.requireAuditor();
        if (entityType == null || entityType.isBlank()) {
            throw new InvalidInput("entityType", "validation.required");
        }
        if (entityId == null || entityId.isBlank()) {
            throw new InvalidInput("entityId", "validation.required");
        }
        // The entries the reader may read: a scoped administrator sees the records of their territory only.
        AuditFilter filter = reading.filter(new AuditQuery(entityType, entityId, null, null, null, null, null));
        List<AuditEntry> history = filter.bind(em.createQuery("select a" + filter.where() + " order by a.id",
                AuditEntry.class)).getResultList();
        AuditMasks masks = reading.masks();
        List<List<FieldChange>> opened = reading.opened(history);
        if (history.isEmpty()) {
            throw new RecordNotFound("entityId", "audit.error.noHistory", entityType, entityId);
        }
        Map<String, String> fields = null;
        boolean complete = false;
        AuditEntry last = null;
        for (int position = 0; position < history.size(); position++) {
            AuditEntry entry = history.get(position);
            if (!entry.getAt().isBefore(before)) {
                break;
            }
            switch (entry.getAction()) {
                case "CREATE" -> {
                    fields = new TreeMap<>();
                    complete = true;
                }
                case "DELETE" -> fields = null;
                default -> {
                    if (fields == null && last == null) {
                        // Created before the trail was kept (official units, the first accounts):
                        // only the fields changed since are known.
                        fields = new TreeMap<>();
                    }
                }
            }
            if (fields != null) {
                for (FieldChange change : AuditEntries.masked(entityType.trim(), opened.get(position), masks)) {
                    fields.put(change.field(), change.newValue());
                }
            }
            last = entry;
        }
        if (fields == null) {
            throw new RecordNotFound("at", "audit.error.noRecordThen", entityType, entityId);
        }
        return new RecordState(entityType.trim(), entityId.trim(), before.minus(1, ChronoUnit.MILLIS),
                fields.entrySet().stream().map(f -> new RecordState.FieldValue(f.getKey(), f.getValue())).toList(),
                complete, last.getId(), last.getAt(), last.getUsername());
    }
}
