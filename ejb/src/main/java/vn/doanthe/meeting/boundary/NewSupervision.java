package vn.doanthe.meeting.boundary;

import java.io.Serializable;

/** A cadre assigned to supervise the branches at or below a unit for a year; {@code required} none: by the level of their post. */
public record NewSupervision(Long personId, Long orgUnitId, Integer year, Integer required) implements Serializable {
}
