package vn.doanthe.member.boundary;

import vn.doanthe.member.entity.RatingLevel;

/**
 * A branch's record of one member for one year, as one form: the member's self-assessment, the
 * branch's comment and its decision (null while not decided). {@code version} is the one the form
 * was read at, null for a first record.
 */
public record RatingEntry(Long orgUnitId, RatingLevel selfLevel, String selfComment, String comment,
                          RatingLevel level, Integer version) {
}
