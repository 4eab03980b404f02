package vn.doanthe.platform.web;

/**
 * What an autocomplete offers and gives back: "key name" lines (a code or an id, then a name the
 * user recognises). A user may also type the key alone, or anything else.
 */
public final class Choices {

    private Choices() {
    }

    public static String label(Object key, String name) {
        return key + " " + name;
    }

    /** The key of a chosen or typed line; {@code null} when nothing was entered. */
    public static String key(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        return chosen.trim().split(" ")[0];
    }

    /** The numeric id of a chosen line; {@code null} when nothing usable was entered. */
    public static Long id(String chosen) {
        String key = key(chosen);
        return key != null && key.matches("\\d{1,18}") ? Long.valueOf(key) : null;
    }
}
