package vn.doanthe.training.boundary;

/** Training coverage of a territorial unit (a code) in a year, for one organisation and one post, or all of them. */
public record CoverageQuery(String unit, String organisation, String post, Integer year) {
}
