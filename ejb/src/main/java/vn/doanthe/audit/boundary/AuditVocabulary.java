package vn.doanthe.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.RecordedField;

/**
 * What the audit trail's codes mean, for the console that says them in words: the kinds of record
 * it names, what each recorded field holds (found in the entity classes, so a new feature's
 * fields are known without a list), and the names of the records a page of entries refers to.
 */
@Reading(allowed = {Role.ADMIN, Role.AUDITOR})
@Stateless
public class AuditVocabulary {

    /** What events concern besides entities: a reveal, an upload, the tallies, the reminders. */
    public static final List<String> EVENT_SUBJECTS = List.of("AuditEntry", "MemberImport", "MemberTally",
            "CampaignReminder");

    private static final RecordedField TEXT = new RecordedField(RecordedField.Kind.TEXT, null);
    private static volatile Map<String, Map<String, RecordedField>> fields;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReferenceLookup lookup;

    /** Every kind of record the trail names, by the name it records. */
    public Set<String> entityTypes() {
        Set<String> types = new TreeSet<>(fields().keySet());
        types.addAll(EVENT_SUBJECTS);
        return types;
    }

    /** The recorded fields of every entity type by name. */
    public Map<String, Map<String, RecordedField>> fields() {
        Map<String, Map<String, RecordedField>> known = fields;
        if (known == null) {
            Map<String, Map<String, RecordedField>> found = new HashMap<>();
            for (EntityType<?> type : em.getMetamodel().getEntities()) {
                if (AuditedEntity.class.isAssignableFrom(type.getJavaType())) {
                    found.put(type.getName(), RecordedField.of(type.getJavaType()));
                }
            }
            known = Map.copyOf(found);
            fields = known;
        }
        return known;
    }

    /** What a recorded field holds; text when the trail knows the field no more (a field since removed). */
    public RecordedField field(String entityType, String field) {
        return fields().getOrDefault(entityType, Map.of()).getOrDefault(field, TEXT);
    }

    /** The records the entries are about and refer to in their changes, named; one statement per kind of record. */
    public ReferenceNames names(List<AuditEntryView> entries) {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (AuditEntryView entry : entries) {
            add(ids, entry.entityType(), entry.entityId());
            for (FieldChange change : entry.changes()) {
                references(ids, entry.entityType(), change.field(), change.old());
                references(ids, entry.entityType(), change.field(), change.newValue());
            }
        }
        return lookup.names(ids);
    }

    /** The record and the records it referred to on the state's day, named. */
    public ReferenceNames names(RecordState state) {
        Map<String, Set<Long>> ids = new HashMap<>();
        add(ids, state.entityType(), state.entityId());
        for (RecordState.FieldValue value : state.fields()) {
            references(ids, state.entityType(), value.field(), value.value());
        }
        return lookup.names(ids);
    }

    /** The kinds of record a reference to which is named; a reference to another is shown by its number. */
    public static Set<String> namedKinds() {
        return ReferenceLookup.kinds();
    }

    /** The day, in Vietnam, of a moment the trail records in UTC. */
    public static LocalDate day(java.time.LocalDateTime utc) {
        return utc == null ? null : VietnamTime.of(utc).toLocalDate();
    }

    private void references(Map<String, Set<Long>> ids, String entityType, String field, String value) {
        RecordedField recorded = field(entityType, field);
        if (value == null || recorded.target() == null) {
            return;
        }
        switch (recorded.kind()) {
            case REFERENCE -> add(ids, recorded.target(), value);
            case REFERENCES -> items(value).forEach(id -> add(ids, recorded.target(), id));
            default -> {
                // a value, not a reference
            }
        }
    }

    /** The items of a recorded collection, "[12, 15]". */
    public static Stream<String> items(String value) {
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return inner.isBlank() ? Stream.empty() : Stream.of(inner.split(", ")).map(String::trim);
    }

    private static void add(Map<String, Set<Long>> ids, String type, String id) {
        if (type != null && id != null && !id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit)) {
            ids.computeIfAbsent(type, k -> new HashSet<>()).add(Long.parseLong(id));
        }
    }
}
