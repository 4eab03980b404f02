package vn.doanthe.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * A Bean Validation refusal kept among a command's other mistakes ({@link Refusals#constraints}), so
 * that a format broken in one field and a rule broken in another are said in one answer. Its key is
 * our template ({@code {validation.size}}), or ours for its kind of constraint when it was declared
 * with the validator's own; the constraint's attributes ({@code max}) fill the message's named places.
 */
public class ViolatedConstraint extends InvalidInput {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "ValidationMessages";

    private final TreeMap<String, String> attributes;

    private ViolatedConstraint(String field, String messageKey, Map<String, String> attributes) {
        super(field, messageKey);
        this.attributes = new TreeMap<>(attributes);
    }

    /** The refusal of {@code violation}, about the property it names ({@code fullName}, {@code strong.attendance}). */
    public static ViolatedConstraint of(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        TreeMap<String, String> attributes = new TreeMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> attributes.put(name, String.valueOf(value)));
        return new ViolatedConstraint(path.isEmpty() ? null : path, key(violation), attributes);
    }

    /** The constraint's attributes by name, as the message fills them in. */
    public Map<String, String> attributes() {
        return attributes;
    }

    private static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template != null && template.matches("\\{[\\w.]+}") ? template.substring(1, template.length() - 1) : "";
        return known(key) ? key : ownKey(violation.getConstraintDescriptor());
    }

    private static boolean known(String key) {
        try {
            return !key.isEmpty() && ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"),
                    ViolatedConstraint.class.getClassLoader()).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** Our message for a standard constraint the code declared without one. */
    private static String ownKey(ConstraintDescriptor<?> constraint) {
        return switch (constraint.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "validation.required";
            case "Size" -> Integer.valueOf(0).equals(constraint.getAttributes().get("min")) ? "validation.size"
                    : Integer.valueOf(Integer.MAX_VALUE).equals(constraint.getAttributes().get("max"))
                    ? "validation.minLength" : "validation.length";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero",
                 "Digits" -> "validation.range";
            case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> "validation.day";
            default -> "validation.invalid";
        };
    }
}
