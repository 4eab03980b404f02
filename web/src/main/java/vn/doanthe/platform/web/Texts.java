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

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
