package vn.doanthe.cadre.boundary;

import vn.doanthe.cadre.entity.PostRank;

/** A post type's name, rank, whether one person holds it, its usual term (null: none), and whether it is in use. */
public record PostTypeChange(String name, PostRank rank, Boolean singleHolder, Integer termMonths, Boolean active) {
}
