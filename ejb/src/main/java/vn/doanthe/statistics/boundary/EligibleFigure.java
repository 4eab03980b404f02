package vn.doanthe.statistics.boundary;

import java.io.Serializable;
import vn.doanthe.statistics.entity.EligiblePopulation;

/** An entered eligible population figure: a unit, a year, an organisation and the number. */
public record EligibleFigure(String unit, String unitName, int year, String organisation, String organisationName,
                             long eligible) implements Serializable {

    public static EligibleFigure of(EligiblePopulation e) {
        return new EligibleFigure(e.getUnit().getCode(), e.getUnit().getName(), e.getYear(),
                e.getOrganisation().getCode(), e.getOrganisation().getShortName(), e.getEligible());
    }
}
