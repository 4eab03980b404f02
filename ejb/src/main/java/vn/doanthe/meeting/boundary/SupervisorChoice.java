package vn.doanthe.meeting.boundary;

import java.io.Serializable;

/** A cadre who may be recorded as supervising a meeting: who, by name. */
public record SupervisorChoice(long personId, String fullName) implements Serializable {
}
