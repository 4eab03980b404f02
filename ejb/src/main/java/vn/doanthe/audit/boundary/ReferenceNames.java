package vn.doanthe.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the entries of a page refer to, named as a reader knows them, with their code (an
 * administrative unit "Ấp Bến Giá, xã Hiệp Mỹ (28810.02)", a person "Nguyễn Thị Lan (#1234)");
 * an administrative unit by the name it had on the entry's day.
 */
public final class ReferenceNames implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A name a record bore until {@code to} (since {@code from}, or always when null). */
    record Former(LocalDate from, LocalDate to, String name) implements Serializable {
    }

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<Former>> formerNames = new HashMap<>();

    void put(String entityType, long id, String name) {
        names.put(entityType + "#" + id, name);
    }

    void putFormer(String entityType, long id, List<Former> former) {
        formerNames.put(entityType + "#" + id, List.copyOf(former));
    }

    /** The record's name on {@code day} (its name now when the day is not known), or null when it is not known. */
    public String name(String entityType, String id, LocalDate day) {
        String key = entityType + "#" + id;
        if (day != null) {
            for (Former former : formerNames.getOrDefault(key, List.of())) {
                if ((former.from() == null || !day.isBefore(former.from())) && !day.isAfter(former.to())) {
                    return former.name();
                }
            }
        }
        return names.get(key);
    }

    /** Adds the names of another page's references. */
    public ReferenceNames with(ReferenceNames more) {
        names.putAll(more.names);
        formerNames.putAll(more.formerNames);
        return this;
    }
}
