package vn.doanthe.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.mutation.Caller;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.entity.UserAccount;

/** Who is calling: the signed-in user as the container knows them, with their roles and scope. */
@ApplicationScoped
public class Callers {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<ClientOrigin> origin;

    public Caller current() {
        if (MutationContext.systemTaskRunning()) {
            return Caller.system();
        }
        Optional<Caller> delegating = MutationContext.delegatingCaller();
        if (delegating.isPresent()) {
            return delegating.get();
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new AccessDenied("error.notAuthenticated");
        }
        UserAccount user = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", principal.getName())
                .getResultStream().findFirst()
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDenied("error.notAuthenticated"));
        return new Caller(user.getId(), user.getUsername(), user.getRoles(), user.getScopeUnitId(),
                user.getOrganisationIds(), clientAddress());
    }

    private String clientAddress() {
        try {
            return origin.get().address();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
