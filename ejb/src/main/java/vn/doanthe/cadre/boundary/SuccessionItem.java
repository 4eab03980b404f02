package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
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

    /** A holder of the head or a deputy post, with their age on the day asked. */
    public record Holder(Long personId, String fullName, int age, LocalDate from, HoldingMode mode,
                         LocalDate termEndsOn) implements Serializable {
    }
}
