package vn.doanthe.platform.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class through which a feature keeps its records of persons in step with the person's
 * lifecycle: it observes {@link PersonMerging}, {@link PersonAnonymising} and
 * {@link SubjectAccessReport}. The architecture test fails when an entity that refers to a person
 * (directly, or through another entity that does) is named by no such class, or when the class
 * misses one of the three.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonRecords {

    /** The entities whose references to persons this class looks after. */
    Class<?>[] value();
}
