package vn.doanthe.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.audit.control.AuditMasks;
import vn.doanthe.audit.control.SealedValue;
import vn.doanthe.audit.control.SubjectKeys;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * What every view of the trail (search, export, a record as on a day, a reveal) reads through: the
 * reader's query within their scope, personal values opened with their subjects' keys, and masked.
 */
@ApplicationScoped
class AuditReading {


    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    SubjectKeys subjectKeys;

    /** The query's conditions within the reader's scope (a scoped administrator reads their territory's entries). */
    AuditFilter filter(AuditQuery query) {
        return AuditFilter.of(query, unitSubtree(query.unit()), scopes.current());
    }

    /** Found once: the persistence unit's entity types do not change while the application runs. */
    private volatile AuditMasks masks;

    /** How personal data is masked in the entries of each entity type. */
    AuditMasks masks() {
        AuditMasks found = masks;
        if (found == null) {
            found = AuditMasks.of(em.getMetamodel());
            masks = found;
        }
        return found;
    }

    /**
     * The entries' changed fields with their sealed values opened by their subjects' keys (read in
     * one query for all the entries); a value whose key was destroyed by an anonymisation reads
     * {@link AuditEntries#ERASED}. In the order of {@code entries}.
     */
    List<List<FieldChange>> opened(List<AuditEntry> entries) {
        List<List<FieldChange>> all = new ArrayList<>(entries.size());
        Set<Long> keyIds = new HashSet<>();
        for (AuditEntry entry : entries) {
            List<FieldChange> changes = AuditEntries.changes(entry.getChanges());
            all.add(changes);
            for (FieldChange change : changes) {
                addKey(keyIds, change.old());
                addKey(keyIds, change.newValue());
            }
        }
        if (keyIds.isEmpty()) {
            return all;
        }
        Map<Long, byte[]> keys = subjectKeys.byIds(keyIds);
        List<List<FieldChange>> opened = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            opened.add(all.get(i).stream().map(c -> new FieldChange(c.field(), open(entry, c.field(), c.old(), keys),
                    open(entry, c.field(), c.newValue(), keys))).toList());
        }
        return opened;
    }

    /** The entries as a reader of the trail sees them: opened, then personal data masked. */
    List<AuditEntryView> maskedViews(List<AuditEntry> entries) {
        AuditMasks masks = masks();
        List<List<FieldChange>> opened = opened(entries);
        List<AuditEntryView> views = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            views.add(AuditEntries.view(entry, AuditEntries.masked(entry.getEntityType(), opened.get(i), masks)));
        }
        return views;
    }

    /** The entries with their personal data (a logged reveal, a subject-access report). */
    List<AuditEntryView> unmaskedViews(List<AuditEntry> entries) {
        List<List<FieldChange>> opened = opened(entries);
        List<AuditEntryView> views = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            views.add(AuditEntries.view(entries.get(i), opened.get(i)));
        }
        return views;
    }

    private static void addKey(Set<Long> keyIds, String value) {
        Long id = SealedValue.keyId(value);
        if (id != null) {
            keyIds.add(id);
        }
    }

    private static String open(AuditEntry entry, String field, String value, Map<Long, byte[]> keys) {
        Long id = SealedValue.keyId(value);
        if (id == null) {
            return value;
        }
        String opened = SealedValue.open(keys.get(id), SealedValue.where(entry.getEntityType(), entry.getEntityId(), field),
                value);
        return opened == null ? AuditEntries.ERASED : opened;
    }

    /**
     * The subtree path of the territorial unit in force today with this code, under which the
     * entries concerning it or a unit below it lie; null when no code is given.
     */
    String unitSubtree(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.trim();
        return AdminUnit.byCodeOn(em, trimmed, VietnamTime.today())
                .orElseThrow(() -> new InvalidInput("unit", "territory.error.notFound", trimmed)).subtreePath();
    }
}
