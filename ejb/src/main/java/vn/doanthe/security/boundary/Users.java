package vn.doanthe.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.doanthe.audit.control.AuditTrail;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.mutation.Caller;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.security.control.Callers;
import vn.doanthe.security.control.PasswordHash;
import vn.doanthe.security.entity.Role;
import vn.doanthe.security.entity.UserAccount;

/** Accounts: checking a password, the first administrator, and what every user changes for themselves. */
@Stateless
public class Users {

    public static final Set<String> LOCALES = Set.of("vi", "en");
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger LOG = Logger.getLogger(Users.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail auditTrail;

    /** The user, when the password is theirs and the account is enabled. Never says which part was wrong. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInUser> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> account = byUsername(username.trim());
        if (account.isEmpty()) {
            // Spend the same time as a real check, so response times do not reveal which names exist.
            PasswordHash.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        UserAccount user = account.get();
        if (!user.isEnabled() || !PasswordHash.matches(password, user.getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(signedIn(user));
    }

    /**
     * Records a sign-in to the console, or a refused sign-in (console or API), in the audit trail:
     * an event, not a change of data, in a transaction of its own. API calls that succeed are not
     * sign-ins (HTTP Basic authenticates every request) and are not recorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String username, String clientAddress, boolean succeeded, String channel) {
        String name = username == null || username.isBlank() ? "?" : username.strip();
        auditTrail.event(new Caller(null, name.length() > 100 ? name.substring(0, 100) : name, Set.of(), null,
                Set.of(), clientAddress), succeeded ? "LOGIN" : "LOGIN_FAILED", "UserAccount", channel);
    }

    public Optional<SignedInUser> find(String username) {
        return byUsername(username).map(Users::signedIn);
    }

    /**
     * Creates the {@code admin} account when there is no account at all. Returns the password when
     * it was generated here, so that the start-up log can show it once. Committed on its own: run
     * inside the start-up's transaction, its audit entry kept the chain head locked while the demo
     * province, in a transaction of its own, waited for it.
     */
    @Mutation(allowed = Role.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> createFirstAdminIfNone(String configuredPassword) {
        if (em.createNamedQuery("UserAccount.count", Long.class).getSingleResult() > 0) {
            return Optional.empty();
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordHash.randomPassword() : configuredPassword;
        UserAccount admin = new UserAccount("admin", "Quản trị hệ thống",
                PasswordHash.of(password.toCharArray()), EnumSet.of(Role.ADMIN, Role.STAFF));
        if (generated) {
            admin.requirePasswordChange();
        }
        em.persist(admin);
        LOG.info("Created the first administrator account 'admin'");
        return generated ? Optional.of(password) : Optional.empty();
    }

    /** The caller's own language for the console, kept for their next visit. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
    public void changeOwnLocale(@NotBlank String locale) {
        if (!LOCALES.contains(locale)) {
            throw new InvalidInput("locale", "security.error.locale", locale);
        }
        ownAccount().setLocale(locale);
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
    public void changeOwnPassword(@NotNull char[] current, @NotNull char[] replacement) {
        UserAccount user = ownAccount();
        if (!PasswordHash.matches(current, user.getPasswordHash())) {
            throw new InvalidInput("currentPassword", "security.error.wrongPassword");
        }
        checkPolicy(replacement);
        user.changePasswordHash(PasswordHash.of(replacement), false);
    }

    static void checkPolicy(char[] password) {
        String text = new String(password);
        if (text.length() < MIN_PASSWORD_LENGTH || !text.matches(".*\\p{L}.*") || !text.matches(".*\\d.*")) {
            throw new InvalidInput("newPassword", "security.error.passwordPolicy", MIN_PASSWORD_LENGTH);
        }
    }

    private UserAccount ownAccount() {
        Caller caller = callers.current();
        return em.find(UserAccount.class, caller.userId());
    }

    private Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private static SignedInUser signedIn(UserAccount user) {
        return new SignedInUser(user.getUsername(), user.getDisplayName(), user.getRoles(), user.getLocale(),
                user.isMustChangePassword());
    }

    private static final String DUMMY_HASH = PasswordHash.of("not-a-password".toCharArray());
}
