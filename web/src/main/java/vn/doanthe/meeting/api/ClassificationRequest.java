package vn.doanthe.meeting.api;

/**
 * Body of POST /classifications: a step ({@code SELF}, {@code APPRAISED}, {@code DECIDED}) of a
 * branch's classification for a year, its grade ({@code STRONG}, {@code GOOD}, {@code AVERAGE},
 * {@code WEAK}) and an optional note.
 */
public class ClassificationRequest {

    public Long orgUnitId;

    public Integer year;

    public String step;

    public String grade;

    public String note;
}
