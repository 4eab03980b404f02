package vn.doanthe.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The public fields of a request body class, each with the JSON it accepts. Built once per class,
 * on its first request; a class this reading cannot fill faithfully (no public constructor without
 * parameters, a final field, a field of a type {@link FieldReader} does not know, a JSON-B
 * annotation it would ignore) fails there, loudly, rather than being read some other way.
 * <p>
 * A name the class does not have is ignored: clients send back what they were shown, and a person
 * read from GET /persons/{id} carries {@code id}, {@code memberships}... into PUT /persons/{id}.
 */
final class BodyBinding {

    private static final ClassValue<BodyBinding> OF_CLASS = new ClassValue<>() {
        @Override
        protected BodyBinding computeValue(Class<?> type) {
            return new BodyBinding(type);
        }
    };

    private record Slot(Field field, FieldReader reader) {
    }

    private final Constructor<?> constructor;
    private final List<Slot> slots = new ArrayList<>();

    private BodyBinding(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers()) || type.isInterface()
                || type.isRecord() || type.isEnum() || type.isArray()) {
            throw new IllegalStateException(type.getName() + " is not a request body class: a public class whose"
                    + " public fields are the body");
        }
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " needs a public constructor without parameters", e);
        }
        Arrays.stream(type.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .sorted(Comparator.comparing(Field::getName))
                .forEach(f -> slots.add(new Slot(f, reader(f))));
    }

    static BodyBinding of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    private static FieldReader reader(Field field) {
        String name = field.getDeclaringClass().getName() + "." + field.getName();
        if (Modifier.isFinal(field.getModifiers())) {
            throw new IllegalStateException("The request body field " + name + " is final");
        }
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("jakarta.json.bind")) {
                throw new IllegalStateException("The request body field " + name + " carries " + annotation
                        + ", which the strict JSON reading does not apply");
            }
        }
        return FieldReader.of(field.getGenericType(), name);
    }

    /**
     * A new body with the values of {@code json}. An absent name or a JSON {@code null} leaves its
     * field as constructed (null, or a primitive's default), for Bean Validation to judge.
     *
     * @throws BodyRefused naming every field whose value is of the wrong kind
     */
    Object bind(JsonObject json) {
        List<BodyRefused.Mistake> mistakes = new ArrayList<>();
        Object body = read(json, "", mistakes);
        if (!mistakes.isEmpty()) {
            throw BodyRefused.mistakes(mistakes);
        }
        return body;
    }

    /**
     * A new body (or a part of one: a topic of a course) with the values of {@code json}; each
     * mistake is added to {@code mistakes}, its field named after {@code prefix} ("topics[2].").
     */
    Object read(JsonObject json, String prefix, List<BodyRefused.Mistake> mistakes) {
        Object body = newBody();
        for (Slot slot : slots) {
            JsonValue value = json.get(slot.field().getName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            int before = mistakes.size();
            Object read = slot.reader().read(value, prefix + slot.field().getName(), mistakes);
            if (mistakes.size() == before) {
                set(slot.field(), body, read);
            }
        }
        return body;
    }

    private Object newBody() {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create a " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private static void set(Field field, Object body, Object value) {
        try {
            field.set(body, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }
}
