package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.member.entity.MemberRating;
import vn.doanthe.member.entity.RatingLevel;

/** What one branch recorded of a member for a year: self-assessment, comment, and the level decided. */
public record MemberRatingView(Long id, Long personId, Long orgUnitId, String orgUnitName, int year,
                               RatingLevel selfLevel, String selfComment, String comment, RatingLevel level,
                               LocalDate decidedOn, int version) implements Serializable {

    public static MemberRatingView of(MemberRating r) {
        return new MemberRatingView(r.getId(), r.getPerson().getId(), r.getUnit().getId(), r.getUnit().getName(),
                r.getYear(), r.getSelfLevel(), r.getSelfComment(), r.getComment(), r.getLevel(), r.getDecidedOn(),
                r.getVersion());
    }
}
