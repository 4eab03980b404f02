package vn.doanthe.platform.boundary;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every mistake of one command, gathered before it is refused, so a form with five mistakes shows
 * five messages beside their fields in one answer instead of one per save. A rule that needs a value
 * another check refused is simply not asked ({@link #has(String)}).
 */
public final class Refusals {

    private static final String REQUIRED = "validation.required";

    private final List<InvalidInput> found = new ArrayList<>();

    /** The value the check answers, or {@code null} when it refuses (the refusal is kept). */
    public <T> T check(Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInput refused) {
            found.addAll(refused.each());
            return null;
        }
    }

    /** A missing value is refused as required; the value otherwise. */
    public <T> T required(String field, T value) {
        if (value == null) {
            refuse(field, REQUIRED);
        }
        return value;
    }

    /**
     * Bean Validation's refusals of a command's input, kept with the others ({@link ViolatedConstraint}):
     * one per field, "required" before any other (an empty username is missing, not badly formed).
     */
    public void constraints(Set<? extends ConstraintViolation<?>> violations) {
        violations.stream().map(ViolatedConstraint::of)
                .sorted(Comparator.comparing((ViolatedConstraint v) -> !REQUIRED.equals(v.messageKey())))
                .forEach(violation -> {
                    if (violation.field() == null || !has(violation.field())) {
                        found.add(violation);
                    }
                });
    }

    public void refuse(String field, String messageKey, Object... arguments) {
        found.add(new InvalidInput(field, messageKey, arguments));
    }

    /** Keeps a mistake another check found. */
    public void add(InvalidInput mistake) {
        found.add(mistake);
    }

    /** Whether no mistake was found. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Whether a mistake was found in {@code field}. */
    public boolean has(String field) {
        return found.stream().anyMatch(refusal -> field.equals(refusal.field()));
    }

    /** Refuses the command with every mistake found, if there is one. */
    public void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new InvalidInputs(found);
        }
    }
}
