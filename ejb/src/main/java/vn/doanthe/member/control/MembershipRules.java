package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.security.control.Scope;
import vn.doanthe.security.control.Scopes;

/**
 * The rules of joining an organisation: an open unit of the organisation named, in the caller's
 * scope, a day between the birth and today. Shared by enrolment and the import, which must not roll back on a refusal.
 */
@Dependent
public class MembershipRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /** The open unit {@code orgUnitId}, of {@code organisationCode} when one is named. */
    public OrgUnit unit(Long orgUnitId, String organisationCode) {
        OrgUnit unit = orgUnitId == null ? null : em.find(OrgUnit.class, orgUnitId);
        if (unit == null) {
            throw new InvalidInput("orgUnitId", "organisation.error.unitNotFound");
        }
        Scope scope = scopes.current();
        scope.require(scope.covers(unit), "OrgUnit", orgUnitId,
                () -> new InvalidInput("orgUnitId", "organisation.error.unitNotFound"));
        if (!unit.isOpen()) {
            throw new InvalidInput("orgUnitId", "organisation.error.parentClosed", unit.getName());
        }
        if (organisationCode != null && !organisationCode.isBlank()
                && !organisationCode.trim().equals(unit.getOrganisation().getCode())) {
            throw new InvalidInput("orgUnitId", "member.error.unitOfOtherOrganisation", unit.getName(), organisationCode);
        }
        return unit;
    }

    /** The organisation of the open unit {@code orgUnitId} in the caller's scope, asked once per import. */
    public Long organisationOf(Long orgUnitId, RuleMemo memo) {
        return memo.remember("unit:" + orgUnitId, () -> unit(orgUnitId, null).getOrganisation().getId());
    }

    public void joined(LocalDate joined, LocalDate birthDate) {
        if (joined.isAfter(VietnamTime.today()) || joined.isBefore(birthDate)) {
            throw new InvalidInput("joinedOn", "member.error.joinedOn");
        }
    }
}
