package vn.doanthe.platform.mutation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistent field computed from other fields of the same entity and kept only to serve
 * queries (the words of a person's name, for search). The audit trail records the fields it is
 * derived from, never it: its changes say nothing a reader of the trail does not already see.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Derived {
}
