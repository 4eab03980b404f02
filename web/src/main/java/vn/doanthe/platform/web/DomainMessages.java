package vn.doanthe.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.doanthe.platform.boundary.DomainException;

/**
 * Puts the domain's refusals into words, in the user's language, from the EJB module's
 * {@code ValidationMessages} bundles (the same bundles Bean Validation reads).
 */
public final class DomainMessages {

    private static final String BUNDLE = "ValidationMessages";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DomainMessages() {
    }

    public static String text(DomainException e, Locale locale) {
        return format(e.messageKey(), locale, e.arguments());
    }

    /**
     * A Bean Validation refusal in {@code locale}: our templates ({@code {validation.size}}) are
     * looked up again in that language, with the constraint's attributes ({@code {max}}) filled
     * in. A constraint declared without one of our templates (the validator's own, in the server's
     * language) is said with ours for its kind, so no answer mixes languages.
     */
    public static String text(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        String key = template != null && template.matches("\\{[\\w.]+}") ? template.substring(1, template.length() - 1) : "";
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader());
        if (!bundle.containsKey(key)) {
            key = ownKey(violation.getConstraintDescriptor());
        }
        String text = bundle.getString(key);
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
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

    /** Days as Vietnamese offices write them (dd/MM/yyyy), in every language. */
    private static Object shown(Object argument) {
        return argument instanceof LocalDate day ? DAY.format(day) : argument;
    }

    public static String format(String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern.replace("''", "'")
                    : new MessageFormat(pattern, locale).format(Arrays.stream(arguments).map(DomainMessages::shown).toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
