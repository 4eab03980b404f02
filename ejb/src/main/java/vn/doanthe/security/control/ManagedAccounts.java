package vn.doanthe.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.function.Supplier;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.security.entity.UserAccount;

/**
 * The accounts an administrator administers: those whose scope lies within theirs
 * ({@link Scope#account}). Any other is answered as one that does not exist, and the attempt is logged.
 */
@ApplicationScoped
public class ManagedAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    public UserAccount managed(String username) {
        Supplier<RecordNotFound> missing = () -> new RecordNotFound("username", "security.error.userNotFound", username);
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElseThrow(missing);
        Scope scope = scopes.current();
        Scope.Condition within = scope.account("u");
        TypedQuery<Long> query = em.createQuery("select count(u) from UserAccount u where u.id = :id and "
                + within.jpql(), Long.class).setParameter("id", account.getId());
        within.parameters().forEach(query::setParameter);
        scope.require(query.getSingleResult() > 0, "UserAccount", username, missing);
        return account;
    }
}
