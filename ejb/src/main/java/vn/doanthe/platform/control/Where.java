package vn.doanthe.platform.control;

import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;

/**
 * A JPQL where clause built condition by condition, with its named parameters: values are always
 * bound, never written into the text. Immutable: each condition added gives a new clause, so a
 * list's filter can be narrowed for one page without changing it.
 */
public record Where(String jpql, Map<String, Object> parameters) {

    private static final Where ALWAYS = new Where("1 = 1", Map.of());

    public Where {
        parameters = Map.copyOf(parameters);
    }

    /** No condition: every row. */
    public static Where always() {
        return ALWAYS;
    }

    /** One condition and its parameters. */
    public static Where of(String condition, Map<String, Object> parameters) {
        return new Where(condition, parameters);
    }

    /**
     * The unit at path expression {@code unit} (an entity with {@code id} and {@code path}, such as
     * a territorial or organisation unit) is the unit {@code id} or lies below it: its path starts
     * with {@code subtreePath}. Parameters {@code :<name>} and {@code :<name>Below}.
     */
    public static Where subtree(String unit, String name, Long id, String subtreePath) {
        return new Where("(" + unit + ".id = :" + name + " or " + unit + ".path like :" + name + "Below)",
                Map.of(name, id, name + "Below", subtreePath + "%"));
    }

    /** Both conditions; parameters of the same name must carry the same value. */
    public Where and(Where other) {
        if (this == ALWAYS) {
            return other;
        }
        if (other == ALWAYS) {
            return this;
        }
        Map<String, Object> all = new HashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            Object before = all.put(name, value);
            if (before != null && !before.equals(value)) {
                throw new IllegalArgumentException("Parameter :" + name + " bound twice to different values");
            }
        });
        return new Where("(" + jpql + " and " + other.jpql + ")", all);
    }

    /** This clause and a condition without parameters. */
    public Where and(String condition) {
        return and(new Where(condition, Map.of()));
    }

    /** This clause and a condition with one parameter. */
    public Where and(String condition, String name, Object value) {
        return and(new Where(condition, Map.of(name, value)));
    }

    /** This clause and a condition with its parameter, when a value is given (not null, not blank text). */
    public Where andIfGiven(String condition, String name, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return and(condition, name, value instanceof String text ? text.trim() : value);
    }

    /** Either condition. */
    public Where or(Where other) {
        Where both = and(other);
        return new Where("(" + jpql + " or " + other.jpql + ")", both.parameters);
    }

    /** Binds the parameters to a query written with this clause. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
