package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import vn.doanthe.meeting.entity.AttendanceState;

/** A member called at the roll: who, and present, excused or absent. */
public record RollLine(Long personId, AttendanceState state) implements Serializable {
}
