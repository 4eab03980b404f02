package vn.doanthe.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.security.control.ManagedAccounts;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * What an account an administrator opens or changes must satisfy, every rule asked at once so the
 * form shows every mistake beside its field in one answer: the input's own constraints, the name,
 * the password policy, a working role among those the administrator may grant, a scope and
 * organisations within the administrator's own.
 */
@ApplicationScoped
class AccountRules {

    /** An account's details once every rule accepted them. */
    record Accepted(String displayName, Long scopeUnitId, Set<Long> organisationIds) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ManagedAccounts managedAccounts;

    Accepted checkNew(NewUser user, Scope scope) {
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(user));
        if (!refusals.has("password") && user.password() != null) {
            refusals.check(() -> {
                Users.checkPolicy("password", user.password().toCharArray());
                return null;
            });
        }
        return accepted(refusals, scope, user.displayName(), user.roles(), user.roles(), user.scopeUnit(),
                user.organisations());
    }

    /** {@code added}: the roles the change grants that the account did not hold. */
    Accepted checkChange(UserChange change, Scope scope, Set<Role> added) {
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(change));
        return accepted(refusals, scope, change.displayName(), change.roles(), added, change.scopeUnit(),
                change.organisations());
    }

    private Accepted accepted(Refusals refusals, Scope scope, String displayName, Set<Role> roles, Set<Role> granted,
                              String scopeUnit, Set<String> organisations) {
        String name = refusals.has("displayName") ? null
                : refusals.check(() -> TextCheck.name("displayName", displayName, 150));
        if (!refusals.has("roles") && roles != null) {
            refusals.check(() -> {
                requireWorkingRole(roles);
                requireGrantable(scope, granted);
                return null;
            });
        }
        Long unit = refusals.check(() -> scopeWithin(scope, scopeUnit));
        Set<Long> organisationIds = refusals.check(() -> organisationsWithin(scope, organisations));
        refusals.throwIfAny();
        return new Accepted(name, unit, organisationIds);
    }

    private static void requireWorkingRole(Set<Role> roles) {
        if (roles.stream().noneMatch(r -> r != Role.PERSONAL_DATA)) {
            throw new InvalidInput("roles", "security.error.grantAlone");
        }
    }

    private void requireGrantable(Scope scope, Set<Role> roles) {
        Set<Role> grantable = managedAccounts.grantable(scope);
        for (Role role : roles) {
            if (!grantable.contains(role)) {
                throw new InvalidInput("roles", "security.error.roleNotHeld", role.name());
            }
        }
    }

    /** The territorial unit of a new scope: one within the caller's own (never wider than it). */
    private Long scopeWithin(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            if (!scope.coversPlace(null)) {
                throw new InvalidInput("scopeUnit", "security.error.scopeOutside");
            }
            return null;
        }
        Supplier<InvalidInput> missing = () -> new InvalidInput("scopeUnit", "territory.error.notFound", code);
        AdminUnit unit = AdminUnit.byCodeOn(em, code.trim(), VietnamTime.today()).orElseThrow(missing);
        scope.require(scope.coversPlace(unit), "AdminUnit", code, missing);
        return unit.getId();
    }

    /** The organisations of a new scope: only some of those the caller serves. */
    private Set<Long> organisationsWithin(Scope scope, Set<String> codes) {
        Set<Long> ids = organisationIds(codes);
        if (!scope.coversOrganisations(ids)) {
            throw new InvalidInput("organisations", "security.error.organisationsOutside");
        }
        return ids;
    }

    private Set<Long> organisationIds(Set<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (String code : codes) {
            ids.add(em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code)
                    .getResultStream().findFirst().map(Organisation::getId)
                    .orElseThrow(() -> new InvalidInput("organisations", "organisation.error.notFound", code)));
        }
        return ids;
    }
}
