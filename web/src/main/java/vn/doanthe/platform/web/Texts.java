package vn.doanthe.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's own texts ({@code vn/doanthe/i18n/messages}), for code that builds messages. */
public final class Texts {

    public static final String BUNDLE = "vn.doanthe.i18n.messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(ChosenLanguage.current(), key, arguments);
    }

    /** The text of {@code key} in the user's language, or null when the bundle has none. */
    public static String find(String key) {
        return find(ChosenLanguage.current(), key);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String find(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
