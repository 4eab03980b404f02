package vn.doanthe.platform.control;

/**
 * What a user typed (a user name, a code), made fit for a log line: line breaks and other control
 * characters become {@code _}, so a value cannot forge a second log entry, and it is cut at 100
 * characters. Personal data (a CCCD, a phone, a name) is never given to it: it is not logged at all.
 */
public final class LogText {

    private static final int MAX = 100;

    private LogText() {
    }

    public static String of(Object typed) {
        if (typed == null) {
            return "null";
        }
        String text = typed.toString();
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX + 1));
        text.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX) {
            safe.append('…');
        }
        return safe.toString();
    }
}
