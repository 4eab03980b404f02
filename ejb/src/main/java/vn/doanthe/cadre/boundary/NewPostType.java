package vn.doanthe.cadre.boundary;

import vn.doanthe.cadre.entity.PostRank;

/** A post type an administrator adds to an organisation's units of one type; checked by {@link Posts}. */
public record NewPostType(String code, String name, String organisation, String unitType, PostRank rank,
                          Boolean singleHolder, Integer termMonths) {
}
