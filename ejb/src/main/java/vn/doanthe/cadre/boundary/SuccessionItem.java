package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.doanthe.cadre.entity.HoldingMode;

/** A unit whose leadership needs a successor, and why; one item per reason. */
public record SuccessionItem(Long orgUnitId, String orgUnitName, String place, String organisation, Reason reason,
                             Holder head, List<Holder> deputies) implements Serializable {

    public enum Reason {
        /** The head has reached the age and no deputy is young enough to succeed them. */
        AGEING_HEAD,
        /** No one holds the unit's head post. */
        VACANT,
        /** The head post has been held by an acting holder for too long. */
        ACTING_TOO_LONG,
        /** The head's term ends soon, or has ended without a new election. */
        TERM_ENDING
    }

    /** The same item, its holders named from {@code names} (person id to full name). */
    public SuccessionItem named(Map<Long, String> names) {
        return new SuccessionItem(orgUnitId, orgUnitName, place, organisation, reason,
                head == null ? null : head.named(names), deputies.stream().map(d -> d.named(names)).toList());
    }

    /** A holder of the head or a deputy post, with their age on the day asked; the name only when asked for. */
    public record Holder(Long personId, String fullName, int age, LocalDate from, HoldingMode mode,
                         LocalDate termEndsOn) implements Serializable {

        Holder named(Map<Long, String> names) {
            return new Holder(personId, names.get(personId), age, from, mode, termEndsOn);
        }
    }
}
