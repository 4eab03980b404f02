package vn.doanthe.platform.mutation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that tells who a person is, which erasure (ẩn danh hóa) must reach: the audit trail
 * records its values sealed with a key of that person's ({@link AuditedEntity#dataSubject()}), and
 * destroying the key makes every recorded value unreadable while the trail's chain still verifies.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Erasable {
}
