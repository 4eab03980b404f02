package vn.doanthe.security.boundary;

import vn.doanthe.platform.control.VietnameseText;

/**
 * An account's e-mail address as typed or pasted: spaces around it (a no-break space from Word
 * included) and invisible characters are let through the check and tidied away; empty is none.
 * Only the shape is checked (a name, "@", a domain with a dot): the mail server is the judge of
 * the rest.
 */
public final class EmailAddress {

    /** What {@link jakarta.validation.constraints.Pattern} accepts: nothing, or one address. */
    public static final String PATTERN = "[\\s\\p{Z}\\p{Cf}]*"
            + "(?:[^@\\s\\p{Z}\\p{Cc}]+@[^@\\s\\p{Z}\\p{Cc}]+\\.[^@\\s\\p{Z}\\p{Cc}.]+)?[\\s\\p{Z}\\p{Cf}]*";

    /** The longest address SMTP carries. */
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The address to store: tidied, {@code null} when none was given. */
    static String of(String typed) {
        String tidy = VietnameseText.tidy(typed);
        return tidy == null || tidy.isEmpty() ? null : tidy;
    }
}
