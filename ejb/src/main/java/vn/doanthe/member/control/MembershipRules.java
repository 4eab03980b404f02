package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.doanthe.organisation.boundary.UnitInScope;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Scopes;

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

    @Inject
    UnitInScope units;

    /** The open unit {@code orgUnitId}, of {@code organisationCode} when one is named. */
    public OrgUnit unit(Long orgUnitId, String organisationCode) {
        return units.open(scopes.current(), "orgUnitId", orgUnitId, organisationCode);
    }

    /**
     * Locks the units members are about to join, in id order (two commands never wait on each
     * other crosswise), reading their current state: a unit closed meanwhile is refused, and none
     * can be closed until the joining is committed. Answers the ids of those closed meanwhile.
     */
    public Set<Long> lockForJoining(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select u from OrgUnit u where u.id in :ids order by u.id", OrgUnit.class)
                .setParameter("ids", Set.copyOf(unitIds)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(unit -> !unit.isOpen()).map(OrgUnit::getId).collect(Collectors.toSet());
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
