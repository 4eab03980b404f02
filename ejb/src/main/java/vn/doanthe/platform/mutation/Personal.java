package vn.doanthe.platform.mutation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding personal data that Decree 13/2023/NĐ-CP treats with care (a CCCD, a phone,
 * ethnicity, religion): every screen, file and audit view shows it masked, and only a logged reveal
 * with a reason shows its value. The audit trail records its value, which its views then mask.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Personal {

    /** Hidden whole (a code, whose first or last digit would tell it) rather than in its middle third. */
    boolean whole() default false;
}
