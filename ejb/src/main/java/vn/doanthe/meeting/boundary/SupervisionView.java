package vn.doanthe.meeting.boundary;

import java.io.Serializable;

/**
 * A cadre's supervision of a unit in a year: the meetings required and those attended (of the
 * branches at or below the unit that year); {@code behind} when fewer than required.
 */
public record SupervisionView(Long id, Long personId, String fullName, Long orgUnitId, String unitName, int year,
                              int required, long attended) implements Serializable {

    public boolean behind() {
        return attended < required;
    }
}
