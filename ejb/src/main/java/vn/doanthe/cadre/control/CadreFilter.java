package vn.doanthe.cadre.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.control.Where;
import vn.doanthe.territory.entity.AdminUnit;

/** The conditions the cadre lists share: held on a day, in scope, on or below a place, of an organisation. */
public final class CadreFilter {

    private CadreFilter() {
    }

    /** JPQL: the holding {@code h} is held on {@code day}, in scope, and in a unit on or below {@code place} (null: anywhere). */
    public static Where heldOn(String h, LocalDate day, Scope scope, AdminUnit place, String organisation) {
        return Where.of(h + ".from <= :day and (" + h + ".to is null or " + h + ".to >= :day)",
                        Map.of("day", day))
                .and(HoldingScope.holding(scope, h))
                .and(place == null ? Where.always()
                        : Where.subtree(h + ".unit.adminUnit", "place", place.getId(), place.subtreePath()))
                .andIfGiven(h + ".unit.organisation.code = :organisation", "organisation", organisation);
    }

    /** Full years of age on the day. */
    public static int age(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
