package vn.doanthe.organisation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.boundary.InvalidInput;

/**
 * The organisation unit a command names (a member joins it, a post is held in it, a course is run
 * by it): open, in the caller's scope, and of the organisation the command names, if it names one.
 * A unit outside the scope is refused as one that does not exist, naming the command's field.
 */
@Dependent
public class UnitInScope {

    @PersistenceContext
    EntityManager em;

    @Unguarded("a scope policy: it answers for the scope it is given, inside a boundary that checked its caller")
    public OrgUnit open(Scope scope, String field, Long unitId, String organisationCode) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new InvalidInput(field, unitId == null ? "validation.required" : "organisation.error.unitNotFound");
        }
        scope.require(scope.covers(unit), "OrgUnit", unitId, () -> new InvalidInput(field, "organisation.error.unitNotFound"));
        if (!unit.isOpen()) {
            throw new InvalidInput(field, "organisation.error.unitClosed", unit.getName());
        }
        if (organisationCode != null && !organisationCode.isBlank()
                && !organisationCode.trim().equals(unit.getOrganisation().getCode())) {
            throw new InvalidInput(field, "organisation.error.unitOfOtherOrganisation", unit.getName(),
                    organisationCode.trim());
        }
        return unit;
    }
}
