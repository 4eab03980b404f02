package vn.doanthe.organisation.boundary;

import java.io.Serializable;
import vn.doanthe.organisation.entity.OrgUnitType;
import vn.doanthe.territory.entity.AdminLevel;

/** A kind of unit in an organisation's tree. */
public record OrgUnitTypeView(Long id, String organisationCode, String code, String name, int rank, AdminLevel adminLevel) implements Serializable {

    public static OrgUnitTypeView of(OrgUnitType t) {
        return new OrgUnitTypeView(t.getId(), t.getOrganisation().getCode(), t.getCode(), t.getName(), t.getRank(),
                t.getAdminLevel());
    }
}
