package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import vn.doanthe.cadre.entity.PostRank;
import vn.doanthe.cadre.entity.PostType;

/** A post type as the console and the API show it; {@code termMonths} null for no fixed term. */
public record PostTypeView(String code, String name, String organisation, String organisationName, String unitType,
                           String unitTypeName, PostRank rank, boolean singleHolder, Integer termMonths,
                           boolean active) implements Serializable {

    public static PostTypeView of(PostType t) {
        return new PostTypeView(t.getCode(), t.getName(), t.getOrganisation().getCode(),
                t.getOrganisation().getShortName(), t.getUnitType().getCode(), t.getUnitType().getName(), t.getRank(),
                t.isSingleHolder(), t.getTermMonths(), t.isActive());
    }
}
