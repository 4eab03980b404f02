package vn.doanthe.organisation.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.organisation.entity.OrgUnit;

/** A unit of an organisation's tree and the territorial unit it sits on. */
public record OrgUnitView(Long id, String name, String organisationCode, String type, String typeName, int rank,
                          Long parentId, String adminUnitCode, String adminUnitName, LocalDate establishedOn,
                          LocalDate closedOn) implements Serializable {

    public static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.getId(), u.getName(), u.getOrganisation().getCode(), u.getType().getCode(),
                u.getType().getName(), u.getType().getRank(), u.getParent() == null ? null : u.getParent().getId(),
                u.getAdminUnit().getCode(), u.getAdminUnit().getName(), u.getEstablishedOn(), u.getClosedOn());
    }

    @JsonbTransient
    public boolean isOpen() {
        return closedOn == null;
    }
}
