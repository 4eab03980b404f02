package vn.doanthe.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.security.control.ManagedAccounts;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.security.control.TokenSecret;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.security.entity.ApiToken;
import vn.doanthe.platform.access.Role;
import vn.doanthe.security.entity.UserAccount;

/**
 * API tokens (khoá truy cập API): a user creates named tokens for their own programs; an
 * administrator creates them for a service account within their scope. A token is shown once,
 * stored as its hash, listed and revoked; creating and revoking one are audited like every change.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class ApiTokens {

    /** A year at most: a forgotten token stops by itself. */
    static final int MAX_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ManagedAccounts managedAccounts;

    /**
     * A new token for {@code username} (the caller's own account when null; another account only
     * for an administrator who administers it); its secret is in the answer, this once.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
    public TokenView create(String username, String name, LocalDate expiresOn) {
        UserAccount account = account(username);
        String label = TextCheck.text("name", name, 100);
        if (label == null || label.isEmpty()) {
            throw new InvalidInput("name", "validation.required");
        }
        LocalDate today = VietnamTime.today();
        if (expiresOn == null) {
            throw new InvalidInput("expiresOn", "validation.required");
        }
        if (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidInput("expiresOn", "security.error.tokenExpiry", MAX_DAYS);
        }
        if (account.isMustChangePassword() && !account.isDirectory()) {
            throw new InvalidInput("username", "security.error.passwordChangeRequired");
        }
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(account, label, TokenSecret.hash(secret), TokenSecret.shown(secret), expiresOn,
                callers.current().username());
        em.persist(token);
        em.flush();
        return view(token, secret);
    }

    /** The tokens of an account: the caller's own when {@code username} is null, else one they administer. */
    public List<TokenView> list(String username) {
        UserAccount account = account(username);
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class).setParameter("account", account.getId())
                .getResultStream().map(t -> view(t, null)).toList();
    }

    /** Ends a token at once; revoking a revoked token changes nothing. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
    public TokenView revoke(String username, @NotNull Long id) {
        UserAccount account = account(username);
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getAccount().getId().equals(account.getId())) {
            throw new RecordNotFound("id", "security.error.tokenNotFound", id);
        }
        token.revoke();
        return view(token, null);
    }

    /**
     * The account a presented token opens, if it is a token of ours, valid today: one indexed look-up
     * of its hash. Says nothing of why a token is refused.
     */
    @Unguarded("the login itself: the token is how the caller becomes known")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInUser> authenticate(String presented) {
        if (!TokenSecret.wellFormed(presented)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", TokenSecret.hash(presented))
                .getResultStream().findFirst().filter(t -> t.isValidOn(VietnamTime.today()))
                .map(ApiToken::getAccount).map(Users::signedIn);
    }

    private UserAccount account(String username) {
        Caller caller = callers.current();
        if (username == null || username.isBlank() || username.strip().equals(caller.username())) {
            return em.find(UserAccount.class, caller.userId());
        }
        if (!caller.is(Role.ADMIN)) {
            throw new RecordNotFound("username", "security.error.userNotFound", username);
        }
        return managedAccounts.managed(username.strip());
    }

    private static TokenView view(ApiToken t, String secret) {
        return new TokenView(t.getId(), t.getAccount().getUsername(), t.getName(), t.getPrefix(), t.getCreatedAt(),
                t.getCreatedBy(), t.getExpiresOn(), t.getRevokedAt(), t.isValidOn(VietnamTime.today()), secret);
    }
}
