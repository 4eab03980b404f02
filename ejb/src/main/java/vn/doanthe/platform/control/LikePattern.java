package vn.doanthe.platform.control;

/** Text a user typed, made safe inside a SQL/JPQL LIKE pattern: % and _ match themselves. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
