package vn.doanthe.platform.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything held about one person, collected for them (quyền truy cập dữ liệu của chủ thể): fired
 * by the registry inside the subject-access command. Each feature that keeps records of persons
 * adds its section and names its records of the person ({@link #holds}); the audit trail, which
 * observes last, adds the recorded history of every record named.
 */
public final class SubjectAccessReport {

    /** The part the audit trail adds: the recorded history of every record named. */
    public static final String HISTORY = "history";

    /** The order of the audit trail's observer: after every feature has named its records. */
    public static final int HISTORY_LAST = 5000;

    private final long personId;
    private final Map<String, Set<String>> records = new LinkedHashMap<>();
    private final Map<String, List<?>> sections = new LinkedHashMap<>();

    public SubjectAccessReport(long personId) {
        this.personId = personId;
    }

    public long personId() {
        return personId;
    }

    /** Records of the person, by the entity type the audit trail files them under, and their ids. */
    public void holds(String entityType, Collection<?> ids) {
        ids.forEach(id -> records.computeIfAbsent(entityType, type -> new LinkedHashSet<>()).add(String.valueOf(id)));
    }

    public Map<String, Set<String>> records() {
        return Map.copyOf(records);
    }

    /** A part of the report, under a name of its own (the feature's records, in the order they show). */
    public void section(String name, List<?> rows) {
        if (sections.putIfAbsent(name, List.copyOf(rows)) != null) {
            throw new IllegalStateException("Two parts of a subject-access report are named " + name);
        }
    }

    /** Every part but those named, in the order they were added (the records of later features, for the report's file). */
    public Map<String, List<?>> sectionsBut(Set<String> named) {
        Map<String, List<?>> others = new LinkedHashMap<>(sections);
        others.keySet().removeAll(named);
        return others;
    }

    /** The part of that name; empty when no feature added it. */
    public List<?> section(String name) {
        return sections.getOrDefault(name, List.of());
    }

    /** The part of that name, whose rows are all of this type. */
    public <T> List<T> section(String name, Class<T> type) {
        return section(name).stream().map(type::cast).toList();
    }
}
