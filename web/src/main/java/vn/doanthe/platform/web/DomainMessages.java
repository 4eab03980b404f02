package vn.doanthe.platform.web;

import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.ViolatedConstraint;

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
        if (e instanceof ViolatedConstraint violated) {
            return named(violated.messageKey(), locale, violated.attributes());
        }
        return format(e.messageKey(), locale, e.arguments());
    }

    /**
     * A Bean Validation refusal in {@code locale}: our templates ({@code {validation.size}}) are
     * looked up again in that language, with the constraint's attributes ({@code {max}}) filled
     * in. A constraint declared without one of our templates (the validator's own, in the server's
     * language) is said with ours for its kind, so no answer mixes languages.
     */
    public static String text(ConstraintViolation<?> violation, Locale locale) {
        return text(ViolatedConstraint.of(violation), locale);
    }

    private static String named(String key, Locale locale, Map<String, String> attributes) {
        String text = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader()).getString(key);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", attribute.getValue());
        }
        return text;
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
