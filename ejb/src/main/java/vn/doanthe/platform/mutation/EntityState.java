package vn.doanthe.platform.mutation;

import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.doanthe.platform.control.Sha256;

/** The persistent field values of an entity as text, the way the audit trail records them. */
public final class EntityState {

    public static final String HIDDEN = "••••••";
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private EntityState() {
    }

    public static Map<String, String> of(AuditedEntity entity) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Field field : fieldsOf(entity.getClass())) {
            try {
                Object value = field.get(entity);
                state.put(field.getName(), field.isAnnotationPresent(Secret.class) && value != null
                        ? hidden(text(value)) : text(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
        }
        return Collections.unmodifiableMap(state);
    }

    /**
     * A secret as the audit trail shows it: never its value, but a fingerprint of it (the first
     * 8 hex digits of its SHA-256), so that a change of the secret alone is still a change.
     */
    private static String hidden(String value) {
        return HIDDEN + " " + Sha256.hex(value).substring(0, 8);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof AuditedEntity related) {
            return related.getId() == null ? null : related.getId().toString();
        } else if (value instanceof Collection<?> many) {
            return many.stream().map(EntityState::text).sorted().toList().toString();
        } else if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    /** The fields recorded of an entity type, in the order the trail records them. */
    static List<Field> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != AuditedEntity.class && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int modifiers = f.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || f.isAnnotationPresent(Transient.class) || f.isAnnotationPresent(Derived.class)
                            || f.getName().startsWith("_persistence")) {
                        continue;
                    }
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            return List.copyOf(fields);
        });
    }
}
