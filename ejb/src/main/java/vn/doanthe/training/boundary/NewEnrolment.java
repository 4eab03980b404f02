package vn.doanthe.training.boundary;

/** A person enrolled in a course; {@code outsideTarget} says it is on purpose when they hold none of its posts. */
public record NewEnrolment(Long personId, Boolean outsideTarget) {
}
