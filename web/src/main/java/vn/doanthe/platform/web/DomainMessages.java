package vn.doanthe.platform.web;

import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
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

    private DomainMessages() {
    }

    public static String text(DomainException e, Locale locale) {
        return format(e.messageKey(), locale, e.arguments());
    }

    /**
     * A Bean Validation refusal in {@code locale}: our templates ({@code {validation.size}}) are
     * looked up again in that language, with the constraint's attributes ({@code {max}}) filled
     * in; other templates keep the validator's own message.
     */
    public static String text(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.matches("\\{[\\w.]+}")) {
            return violation.getMessage();
        }
        String key = template.substring(1, template.length() - 1);
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return violation.getMessage();
        }
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    public static String format(String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
