package vn.doanthe.meeting.boundary;

import java.io.Serializable;

/** A task of an earlier meeting (its meeting and position) followed up: done or not, and what was said. */
public record FollowUpLine(Long meetingId, Integer position, Boolean done, String note) implements Serializable {
}
