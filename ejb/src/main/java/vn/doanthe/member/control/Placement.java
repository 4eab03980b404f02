package vn.doanthe.member.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.member.entity.MembershipStatus;

/**
 * One membership period as the counts see it: whose, of which organisation, where (the territorial
 * unit of its branch and every unit above it), in which status, from which day to which day
 * ({@code to} null: still so).
 */
public record Placement(long personId, long organisationId, List<Long> places, MembershipStatus status,
                        LocalDate from, LocalDate to) {

    /** The units a path such as {@code /1/23/} names, followed by the unit itself. */
    public static List<Long> placesOf(String path, long unitId) {
        List<Long> places = new ArrayList<>();
        for (String id : path.split("/")) {
            if (!id.isEmpty()) {
                places.add(Long.valueOf(id));
            }
        }
        places.add(unitId);
        return List.copyOf(places);
    }
}
