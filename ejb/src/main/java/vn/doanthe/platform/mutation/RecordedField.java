package vn.doanthe.platform.mutation;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a field recorded in the audit trail holds, so that a reader can put its text back into
 * words: a day, a moment (UTC), a yes or no, one of an enumeration's values, a reference to
 * another record (recorded as its id) or several, or text. {@code target} names the enumeration
 * ({@code Transfer$Status}) or the referenced entity type ({@code AdminUnit}).
 */
public record RecordedField(Kind kind, String target) implements Serializable {

    public enum Kind { TEXT, DAY, MOMENT, FLAG, CHOICE, CHOICES, REFERENCE, REFERENCES }

    /**
     * Ids kept as plain numbers (a scope, organisations an account serves) that point at records
     * all the same.
     */
    private static final Map<String, RecordedField> IDS = Map.of(
            "UserAccount.scopeUnitId", new RecordedField(Kind.REFERENCE, "AdminUnit"),
            "UserAccount.organisationIds", new RecordedField(Kind.REFERENCES, "Organisation"));

    /** The recorded fields of an entity type by name, as {@link EntityState} records them. */
    public static Map<String, RecordedField> of(Class<?> entityType) {
        Map<String, RecordedField> fields = new LinkedHashMap<>();
        for (Field field : EntityState.fieldsOf(entityType)) {
            RecordedField id = IDS.get(entityType.getSimpleName() + "." + field.getName());
            fields.put(field.getName(), id != null ? id : of(field));
        }
        return fields;
    }

    private static RecordedField of(Field field) {
        Class<?> type = field.getType();
        if (Collection.class.isAssignableFrom(type) && field.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementType && elementType.isEnum()) {
                return new RecordedField(Kind.CHOICES, enumName(elementType));
            }
            if (element instanceof Class<?> elementType && AuditedEntity.class.isAssignableFrom(elementType)) {
                return new RecordedField(Kind.REFERENCES, elementType.getSimpleName());
            }
            return new RecordedField(Kind.TEXT, null);
        }
        if (type.isEnum()) {
            return new RecordedField(Kind.CHOICE, enumName(type));
        }
        if (AuditedEntity.class.isAssignableFrom(type)) {
            return new RecordedField(Kind.REFERENCE, type.getSimpleName());
        }
        if (type == LocalDate.class) {
            return new RecordedField(Kind.DAY, null);
        }
        if (type == LocalDateTime.class) {
            return new RecordedField(Kind.MOMENT, null);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new RecordedField(Kind.FLAG, null);
        }
        return new RecordedField(Kind.TEXT, null);
    }

    /** An enumeration by its simple binary name: {@code MembershipStatus}, {@code Transfer$Status}. */
    private static String enumName(Class<?> type) {
        return type.getName().substring(type.getName().lastIndexOf('.') + 1);
    }
}
