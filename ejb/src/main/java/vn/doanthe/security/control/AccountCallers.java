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
import java.util.Set;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.entity.UserAccount;

/**
 * Who is calling: the signed-in user as the container knows them, with their roles and scope, read
 * once per request ({@link RequestCaller}).
 */
@ApplicationScoped
public class AccountCallers implements Callers {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<ClientOrigin> origin;

    @Inject
    Instance<RequestCaller> requestCaller;

    @Override
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
        RequestCaller request = inRequest();
        Optional<Caller> known = request == null ? Optional.empty() : request.of(principal.getName());
        if (known.isPresent()) {
            return known.get();
        }
        UserAccount user = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", principal.getName())
                .getResultStream().findFirst()
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDenied("error.notAuthenticated"));
        Caller caller = new Caller(user.getId(), user.getUsername(), Set.copyOf(user.getRoles()), user.getScopeUnitId(),
                Set.copyOf(user.getOrganisationIds()), clientAddress());
        if (request != null) {
            request.remember(principal.getName(), caller);
        }
        return caller;
    }

    /** The request's holder of the caller, or null outside a request (a start-up task, a background job). */
    private RequestCaller inRequest() {
        try {
            RequestCaller holder = requestCaller.get();
            holder.of(""); // a call through the proxy: throws when no request is active
            return holder;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String clientAddress() {
        try {
            return origin.get().address();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
