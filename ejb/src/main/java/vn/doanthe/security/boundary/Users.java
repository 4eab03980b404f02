package vn.doanthe.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.control.Directory;
import vn.doanthe.security.control.ManagedAccounts;
import vn.doanthe.security.control.PasswordHash;
import vn.doanthe.security.entity.UserAccount;
import vn.doanthe.territory.entity.AdminUnit;

/** Accounts: checking a password, the first administrator, and what every user changes for themselves. */
@Reading(allowed = Role.ADMIN)
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
    Scopes scopes;

    @Inject
    ManagedAccounts managedAccounts;

    @Inject
    AccountRules rules;

    @Inject
    ChangeRecorder auditTrail;

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    Directory directory;

    @Inject
    DirectoryAccounts directoryAccounts;

    /**
     * The user, when the password is theirs, the account is enabled and its name is not locked after
     * too many failures. Never says which part was wrong; every failure counts towards the lock.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("the login itself: the caller is not known yet")
    public Optional<SignedInUser> authenticate(String username, char[] password, String clientAddress) {
        if (username == null || username.isBlank() || password == null) {
            return Optional.empty();
        }
        String name = username.trim();
        Optional<UserAccount> account = byUsername(name);
        // Spend the same time whatever the outcome, so response times reveal neither names nor locks.
        boolean matches = PasswordHash.matches(password, account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH));
        boolean locked = loginAttempts.isLocked(name);
        Optional<UserAccount> signedIn = locked ? Optional.empty()
                : account.filter(local -> !local.isDirectory() && matches).or(() -> fromDirectory(name, password, account));
        if (signedIn.isEmpty() || !signedIn.get().isEnabled()) {
            loginAttempts.failed(name, clientAddress);
            return Optional.empty();
        }
        loginAttempts.succeeded(name);
        return Optional.of(signedIn(signedIn.get()));
    }

    /**
     * A directory user with at least one mapped role, their local account created or brought up to
     * date. A local account of the same name keeps its own password: the directory does not take it over.
     */
    private Optional<UserAccount> fromDirectory(String name, char[] password, Optional<UserAccount> account) {
        if (!directory.configured() || account.filter(local -> !local.isDirectory()).isPresent()) {
            return Optional.empty();
        }
        return directory.authenticate(name, password).filter(user -> !user.roles().isEmpty())
                .map(user -> MutationContext.asSystem(() -> directoryAccounts.synchronise(user)));
    }

    /** Whether the name is locked after too many failed logins; the login page says so. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("the login itself: the caller is not known yet")
    public boolean isLocked(String username) {
        return username != null && loginAttempts.isLocked(username);
    }

    /** Whether the client address has failed too often in the last minute to be heard now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("the login itself: the caller is not known yet")
    public boolean isThrottled(String clientAddress) {
        return loginAttempts.isThrottled(clientAddress);
    }

    /**
     * Records a sign-in to the console, or a refused sign-in (console or API), in the audit trail:
     * an event, not a change of data, in a transaction of its own. API calls that succeed are not
     * sign-ins (HTTP Basic authenticates every request) and are not recorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Unguarded("the login itself: the caller is not known yet")
    public void recordSignIn(String username, String clientAddress, boolean succeeded, String channel) {
        String name = username == null || username.isBlank() ? "?" : username.strip();
        auditTrail.event(new Caller(null, name.length() > 100 ? name.substring(0, 100) : name, Set.of(), null,
                Set.of(), clientAddress), succeeded ? "LOGIN" : "LOGIN_FAILED", "UserAccount", channel);
    }

    @Unguarded("the login itself: the caller is not known yet")
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
        if (user.isDirectory()) {
            throw new InvalidInput("newPassword", "security.error.directoryPassword");
        }
        if (!PasswordHash.matches(current, user.getPasswordHash())) {
            throw new InvalidInput("currentPassword", "security.error.wrongPassword");
        }
        checkPolicy(replacement);
        user.changePasswordHash(PasswordHash.of(replacement), false);
    }

    // ------------------------------------------------------------------ administration (ADMIN only)

    /** The accounts the administrator manages: those whose scope lies within theirs. */
    public Page<UserView> list(String text, PageRequest page) {
        requireAdmin();
        String pattern = text == null || text.isBlank() ? null : "%" + LikePattern.escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
        Where managed = managedAccounts.condition("u");
        String where = " from UserAccount u where (:text is null or lower(u.username) like :text"
                + " or lower(u.displayName) like :text) and " + managed.jpql();
        TypedQuery<UserAccount> rows = em.createQuery("select u" + where + " order by u.username", UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u)" + where, Long.class);
        rows.setParameter("text", pattern);
        count.setParameter("text", pattern);
        managed.parameters().forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<UserView> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(this::view).toList();
        return new Page<>(items, count.getSingleResult());
    }

    public UserView view(@NotBlank String username) {
        requireAdmin();
        return view(managed(username));
    }

    /** A grant (PERSONAL_DATA) only widens another role: alone it would open an account that can do nothing. */
    @Mutation(allowed = Role.ADMIN)
    public UserView create(@NotNull NewUser user) {
        AccountRules.Accepted accepted = rules.checkNew(user, scopes.current());
        if (byUsername(user.username()).isPresent()) {
            throw new Conflict("username", "security.error.usernameTaken", user.username());
        }
        UserAccount account = new UserAccount(user.username(), accepted.displayName(),
                PasswordHash.of(user.password().toCharArray()), user.roles());
        account.scope(accepted.scopeUnitId(), accepted.organisationIds());
        account.setEmail(EmailAddress.of(user.email()));
        if (user.mustChangePassword()) {
            account.requirePasswordChange();
        }
        em.persist(account);
        em.flush();
        return view(account);
    }

    @Mutation(allowed = Role.ADMIN)
    public UserView update(@NotBlank String username, @NotNull UserChange change) {
        UserAccount account = managed(username);
        if (change.roles() != null && account.getId().equals(callers.current().userId())
                && !change.roles().contains(Role.ADMIN)) {
            throw new InvalidInput("roles", "security.error.ownAdminRole");
        }
        Set<Role> added = EnumSet.noneOf(Role.class);
        if (change.roles() != null) {
            added.addAll(change.roles());
            added.removeAll(account.getRoles());
        }
        AccountRules.Accepted accepted = rules.checkChange(change, scopes.current(), added);
        account.describe(accepted.displayName(), change.roles());
        account.scope(accepted.scopeUnitId(), accepted.organisationIds());
        account.setEmail(EmailAddress.of(change.email()));
        return view(account);
    }

    /** A password the administrator gives the user, who must replace it at their next login. */
    @Mutation(allowed = Role.ADMIN)
    public void resetPassword(@NotBlank String username, @NotNull char[] password) {
        UserAccount account = managed(username);
        if (account.isDirectory()) {
            throw new InvalidInput("password", "security.error.directoryPassword");
        }
        checkPolicy(password);
        account.changePasswordHash(PasswordHash.of(password), true);
    }

    /** Disables the account (khoá tài khoản): it cannot sign in until unlocked. */
    @Mutation(allowed = Role.ADMIN)
    public UserView lock(@NotBlank String username) {
        UserAccount account = managed(username);
        if (account.getId().equals(callers.current().userId())) {
            throw new InvalidInput("username", "security.error.lockSelf");
        }
        account.enable(false);
        return view(account);
    }

    /** Enables the account again and lifts a lock left by failed logins. */
    @Mutation(allowed = Role.ADMIN)
    public UserView unlock(@NotBlank String username) {
        UserAccount account = managed(username);
        account.enable(true);
        loginAttempts.clear(account.getUsername());
        return view(account);
    }

    /** Refuses anyone but an administrator, before a request body is even looked at. */
    public void requireAdmin() {
        if (!callers.current().is(Role.ADMIN)) {
            throw new AccessDenied("error.accessDenied");
        }
    }

    /** An account the caller administers (see {@link ManagedAccounts}). */
    private UserAccount managed(String username) {
        return managedAccounts.managed(username);
    }

    /** An administrator grants only what they hold (see {@link ManagedAccounts#grantable}). */
    private UserView view(UserAccount user) {
        AdminUnit unit = user.getScopeUnitId() == null ? null : em.find(AdminUnit.class, user.getScopeUnitId());
        List<String> organisations = user.getOrganisationIds().stream().map(id -> em.find(Organisation.class, id))
                .map(Organisation::getCode).sorted().toList();
        return new UserView(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(), organisations,
                user.isMustChangePassword(), user.isEnabled(), loginAttempts.isLocked(user.getUsername()),
                user.isDirectory(), user.getCreatedAt());
    }

    static void checkPolicy(char[] password) {
        checkPolicy("newPassword", password);
    }

    /** Refuses, naming {@code field}, a password too short or without both a letter and a digit. */
    static void checkPolicy(String field, char[] password) {
        String text = new String(password);
        if (text.length() < MIN_PASSWORD_LENGTH || !text.matches(".*\\p{L}.*") || !text.matches(".*\\d.*")) {
            throw new InvalidInput(field, "security.error.passwordPolicy", MIN_PASSWORD_LENGTH);
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

    static SignedInUser signedIn(UserAccount user) {
        return new SignedInUser(user.getUsername(), user.getDisplayName(), user.getRoles(), user.getLocale(),
                user.isMustChangePassword());
    }

    private static final String DUMMY_HASH = PasswordHash.of("not-a-password".toCharArray());
}
