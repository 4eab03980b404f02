package vn.doanthe.platform.mutation;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.doanthe.platform.access.Role;

/** Marks a boundary method (or every method of a boundary) as a command that changes data. */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Mutation {

    /** The roles allowed to issue the command: named on every command, no role by default. */
    @Nonbinding
    Role[] allowed();
}
