package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.util.List;

/** The year's figures under a unit with the branches that missed a period: the report a level sends up. */
public record MeetingYearReport(MeetingStats figures, List<MissingMeetings> missing) implements Serializable {
}
