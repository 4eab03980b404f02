package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.doanthe.audit.boundary.AuditVocabulary;
import vn.doanthe.audit.web.AuditEntriesView;
import vn.doanthe.audit.web.AuditWords;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.RecordedField;

/**
 * The audit trail speaks to auditors in words: every command of the application, every kind of
 * record, each of its recorded fields, each value of the enumerations they hold and every action
 * has its words in Vietnamese and in English — found in the class files, so a feature added
 * tomorrow fails here until its words are written.
 */
class AuditWordsTest {

    private static final List<String> LANGUAGES = List.of("vi", "en");

    @Test
    void everyCommandHasItsWords() {
        Set<String> commands = MutationMethods.deployed();
        assertTrue(commands.size() > 60, commands.toString());
        assertEquals(List.of(), missing(commands.stream().map(c -> "audit.command." + c.replace('#', '.')).toList()));
    }

    @Test
    void everyKindOfRecordEachFieldAndEachChoiceHasItsWords() {
        List<String> keys = new ArrayList<>();
        List<Class<?>> entities = MutationMethods.classes().stream()
                .filter(c -> AuditedEntity.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())).toList();
        assertTrue(entities.size() > 30, entities.toString());
        Set<String> unlabelledChoices = new TreeSet<>();
        for (Class<?> entity : entities) {
            String type = entity.getSimpleName();
            keys.add("audit.entityType." + type);
            for (Map.Entry<String, RecordedField> field : RecordedField.of(entity).entrySet()) {
                keys.add(fieldKey(type, field.getKey()));
                RecordedField recorded = field.getValue();
                if (recorded.kind() == RecordedField.Kind.CHOICE || recorded.kind() == RecordedField.Kind.CHOICES) {
                    String prefix = AuditWords.CHOICES.get(recorded.target());
                    if (prefix == null) {
                        unlabelledChoices.add(recorded.target());
                    } else {
                        for (Object value : choiceValues(entity, field.getKey())) {
                            keys.add(prefix + ((Enum<?>) value).name());
                        }
                    }
                }
            }
        }
        AuditVocabulary.EVENT_SUBJECTS.forEach(subject -> keys.add("audit.entityType." + subject));
        assertEquals(Set.of(), unlabelledChoices, "enumerations AuditWords.CHOICES does not name");
        assertEquals(List.of(), missing(keys));
    }

    @Test
    void everyActionHasItsWords() {
        assertEquals(List.of(), missing(AuditEntriesView.ACTIONS.stream().map(a -> "audit.action." + a).toList()));
        assertEquals(List.of(), missing(List.of("audit.value.true", "audit.value.false")));
    }

    /** The field's own key in this kind of record when the bundle has one, else the key shared by its name. */
    private static String fieldKey(String type, String field) {
        String own = "audit.field." + type + "." + field;
        return bundle("vi").containsKey(own) ? own : "audit.field." + field;
    }

    private static Object[] choiceValues(Class<?> entity, String name) {
        for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Field field = c.getDeclaredField(name);
                Class<?> type = field.getType();
                if (!type.isEnum()) { // a collection of them
                    type = (Class<?>) ((java.lang.reflect.ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
                }
                return type.getEnumConstants();
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalStateException(entity + " has no field " + name);
    }

    /** The keys one of the languages lacks, with the language. */
    private static List<String> missing(List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            keys.stream().distinct().filter(k -> !bundle.containsKey(k)).forEach(k -> missing.add(language + ": " + k));
        }
        return missing;
    }

    private static Properties bundle(String language) {
        String name = "vn/doanthe/i18n/messages_" + language + ".properties";
        try (InputStream in = AuditWordsTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
