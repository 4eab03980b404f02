package vn.doanthe.platform.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a boundary's reads (on the class: every method; on a method: that one), enforced
 * by {@link ReadingGuard} before the method runs — the declarative backstop behind each method's
 * own checks of role and scope, which stay. Commands declare theirs with {@code @Mutation}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Reading {

    /** The roles allowed to read: named on every boundary, no role by default. */
    @Nonbinding
    Role[] allowed();
}
