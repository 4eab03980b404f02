package vn.doanthe.meeting.boundary;

import java.io.Serializable;

/** A supervising cadre who attended a meeting, and their remarks. */
public record SupervisorLine(Long personId, String remark) implements Serializable {
}
