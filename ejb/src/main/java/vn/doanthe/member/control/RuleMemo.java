package vn.doanthe.member.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.doanthe.platform.boundary.DomainException;

/**
 * The outcome of the rules an import asks again and again (is this hamlet in force and in scope,
 * this unit open, this ethnicity code known), kept for the length of one pass over the file: asked
 * once per value instead of once per row. Holds one entry per distinct hamlet, unit or code, never
 * per row. A refusal is remembered too, and given again as it was first given.
 */
public final class RuleMemo {

    private final Map<String, Object> outcomes = new HashMap<>();

    /** What {@code rule} answered (never {@code null}) or threw for {@code key} the first time it was asked. */
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, Supplier<T> rule) {
        Object outcome = outcomes.get(key);
        if (outcome == null) {
            try {
                outcome = rule.get();
            } catch (DomainException refusal) {
                outcome = refusal;
            }
            outcomes.put(key, outcome);
        }
        if (outcome instanceof DomainException refusal) {
            throw refusal;
        }
        return (T) outcome;
    }
}
