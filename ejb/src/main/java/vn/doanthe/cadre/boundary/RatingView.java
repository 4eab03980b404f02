package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import vn.doanthe.cadre.entity.CadreRating;
import vn.doanthe.member.entity.RatingLevel;

/** A year's review of a cadre as the console and the API show it. */
public record RatingView(Long id, Long personId, int year, RatingLevel level, String comment) implements Serializable {

    public static RatingView of(CadreRating r) {
        return new RatingView(r.getId(), r.getPerson().getId(), r.getYear(), r.getLevel(), r.getComment());
    }
}
