package vn.doanthe.training.boundary;

/** Which courses: of an organisation (a code), ending in a year; each may be left out. */
public record CourseQuery(String organisation, Integer year) {
}
