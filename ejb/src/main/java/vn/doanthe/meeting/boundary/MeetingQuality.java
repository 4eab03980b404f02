package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What makes a meeting a good one (chất lượng buổi sinh hoạt): its attendance rate, an agenda
 * prepared, directive content presented in it, and every task of earlier minutes followed up.
 */
public record MeetingQuality(BigDecimal attendanceRate, boolean agendaPrepared, boolean directivePresented,
                             boolean tasksFollowedUp) implements Serializable {
}
