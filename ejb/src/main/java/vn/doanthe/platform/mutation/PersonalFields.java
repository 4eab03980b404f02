package vn.doanthe.platform.mutation;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link Personal} fields of an entity type and how each is masked; its {@link Erasable} fields. */
public final class PersonalFields {

    /** What stands for hidden characters: never a digit, so a mask is never taken for a value. */
    public static final char HIDDEN = '•';
    public static final String HIDDEN_CODE = "••";

    private static final Map<Class<?>, Map<String, Personal>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Set<String>> ERASABLE = new ConcurrentHashMap<>();

    private PersonalFields() {
    }

    /** The personal fields of {@code type} (and its superclasses) by name. */
    public static Map<String, Personal> of(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            Map<String, Personal> personal = new LinkedHashMap<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Personal marked = field.getAnnotation(Personal.class);
                    if (marked != null) {
                        personal.put(field.getName(), marked);
                    }
                }
            }
            return Map.copyOf(personal);
        });
    }

    /** The names of the {@link Erasable} fields of {@code type} (and its superclasses). */
    public static Set<String> erasable(Class<?> type) {
        return ERASABLE.computeIfAbsent(type, t -> {
            Set<String> names = new HashSet<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Erasable.class)) {
                        names.add(field.getName());
                    }
                }
            }
            return Set.copyOf(names);
        });
    }

    /** The value as a screen shows it: masked as the field's declaration says. */
    public static String mask(Personal field, String value) {
        return field.whole() ? maskWhole(value) : mask(value);
    }

    /** "079012341234" becomes "0790••••1234": the first and last thirds stay, enough to tell two apart. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int keep = value.length() / 3;
        return value.substring(0, keep) + String.valueOf(HIDDEN).repeat(value.length() - 2 * keep)
                + value.substring(value.length() - keep);
    }

    /** A code (ethnicity, religion) hidden entirely. */
    public static String maskWhole(String code) {
        return code == null || code.isEmpty() ? code : HIDDEN_CODE;
    }
}
