package vn.doanthe.cadre.boundary;

import vn.doanthe.member.entity.RatingLevel;

/** A cadre's yearly review: the level and the review's words. */
public record NewRating(RatingLevel level, String comment) {
}
