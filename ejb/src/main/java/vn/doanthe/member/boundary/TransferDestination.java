package vn.doanthe.member.boundary;

import java.io.Serializable;
import vn.doanthe.organisation.entity.OrgUnit;

/**
 * A unit a member may be transferred to, wherever it lies in the province: only what identifies it
 * (name and territory), since it may lie outside the caller's scope.
 */
public record TransferDestination(Long id, String name, String adminUnitCode, String adminUnitName)
        implements Serializable {

    static TransferDestination of(OrgUnit unit) {
        return new TransferDestination(unit.getId(), unit.getName(), unit.getAdminUnit().getCode(),
                unit.getAdminUnit().getName());
    }
}
