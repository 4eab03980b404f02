package vn.doanthe.platform.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A boundary method (on a class: every method of it) called before anyone is signed in (the login itself) or by the application
 * alone (start-up, a background job whose caller was checked when it was started): no role is
 * asked. Each use says why, and the architecture test ({@code BoundaryAccessTest}) accepts no other
 * public boundary method without {@link Reading} or {@code @Mutation}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Unguarded {

    /** Why no role is asked. */
    String value();
}
