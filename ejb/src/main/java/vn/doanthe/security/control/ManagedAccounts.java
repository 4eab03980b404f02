package vn.doanthe.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.access.Role;
import vn.doanthe.security.entity.UserAccount;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.Where;

/**
 * The accounts an administrator administers: those whose scope lies within theirs
 * ({@link Scope#account}) and whose roles they could grant themselves — else resetting the
 * password of a commune's auditor would let a commune's administrator read the whole country.
 * Any other is answered as one that does not exist, and the attempt is logged.
 */
@ApplicationScoped
public class ManagedAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    public UserAccount managed(String username) {
        Supplier<RecordNotFound> missing = () -> new RecordNotFound("username", "security.error.userNotFound", username);
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElseThrow(missing);
        Scope scope = scopes.current();
        Where within = condition(scope, "u");
        TypedQuery<Long> query = em.createQuery("select count(u) from UserAccount u where u.id = :id and "
                + within.jpql(), Long.class).setParameter("id", account.getId());
        within.parameters().forEach(query::setParameter);
        scope.require(query.getSingleResult() > 0, "UserAccount", username, missing);
        return account;
    }

    /** JPQL: the account {@code account} (an identification variable) is one the caller administers. */
    public Where condition(String account) {
        return condition(scopes.current(), account);
    }

    /**
     * The roles an administrator grants: those they hold, and reading (VIEWER) with writing. An
     * administrator of the whole installation, for every organisation, grants any role.
     */
    public Set<Role> grantable(Scope scope) {
        if (scope.isEverything()) {
            return EnumSet.allOf(Role.class);
        }
        Caller caller = callers.current();
        Set<Role> held = caller.roles();
        Set<Role> grantable = held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held);
        if (caller.writes()) {
            grantable.add(Role.VIEWER);
        }
        return grantable;
    }

    private Where condition(Scope scope, String account) {
        Where within = AccountScope.account(scope, account);
        if (scope.isEverything()) {
            return within;
        }
        Map<String, Object> parameters = new HashMap<>(within.parameters());
        parameters.put("grantableRoles", grantable(scope));
        return Where.of("(" + within.jpql() + " and not exists (select gr from UserAccount gu join gu.roles gr"
                + " where gu = " + account + " and gr not in :grantableRoles))", parameters);
    }
}
