package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.meeting.entity.MeetingType;

/** A meeting a branch held: the branch, type, days planned and held, where, chair, secretary, guests, agenda. */
public record NewMeeting(Long orgUnitId, MeetingType type, LocalDate plannedOn, LocalDate heldOn, String venue,
                         String chair, String secretary, String guests, List<String> agenda) implements Serializable {
}
