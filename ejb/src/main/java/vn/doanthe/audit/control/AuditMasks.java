package vn.doanthe.audit.control;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import java.util.HashMap;
import java.util.Map;
import vn.doanthe.platform.mutation.Personal;
import vn.doanthe.platform.mutation.PersonalFields;

/**
 * Masks in audit entries what every other view masks: the values of each entity type's
 * {@link Personal} fields, found through the persistence unit's entity types (an entry names its
 * entity type as JPA does), so that an entity of a future feature is masked by its declaration alone.
 */
public final class AuditMasks {

    private final Map<String, Map<String, Personal>> byEntityType;

    private AuditMasks(Map<String, Map<String, Personal>> byEntityType) {
        this.byEntityType = byEntityType;
    }

    public static AuditMasks of(Metamodel metamodel) {
        Map<String, Map<String, Personal>> personal = new HashMap<>();
        for (EntityType<?> type : metamodel.getEntities()) {
            Map<String, Personal> fields = PersonalFields.of(type.getJavaType());
            if (!fields.isEmpty()) {
                personal.put(type.getName(), fields);
            }
        }
        return new AuditMasks(Map.copyOf(personal));
    }

    /** The value of {@code field} of an {@code entityType} as an audit view shows it. */
    public String value(String entityType, String field, String value) {
        Personal personal = byEntityType.getOrDefault(entityType, Map.of()).get(field);
        return personal == null || value == null ? value : PersonalFields.mask(personal, value);
    }

    public boolean hasPersonalFields(String entityType) {
        return byEntityType.containsKey(entityType);
    }
}
