package vn.doanthe.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Secret;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.access.Role;

/**
 * A person who signs in (tài khoản người dùng): roles, a scope (a territorial unit and the
 * organisations they serve; none means every organisation there) and the language they chose.
 */
@Entity
@Table(name = "user_account")
// Roles and organisations fetched in the same query: asked on every request, three queries otherwise.
@NamedQuery(name = "UserAccount.byUsername", query = """
        select distinct u from UserAccount u left join fetch u.roles left join fetch u.organisationIds
        where u.username = :username""")
@NamedQuery(name = "UserAccount.count", query = "select count(u) from UserAccount u")
@NamedQuery(name = "UserAccount.search", query = """
        select u from UserAccount u where :text is null or lower(u.username) like :text or lower(u.displayName) like :text
        order by u.username""")
@NamedQuery(name = "UserAccount.countSearch", query = """
        select count(u) from UserAccount u where :text is null or lower(u.username) like :text or lower(u.displayName) like :text""")
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    /** Where reminders are mailed; none: the account gets none. */
    @Column(length = 254)
    private String email;

    @Secret
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "scope_unit_id")
    private Long scopeUnitId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_organisation", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @Column(nullable = false, length = 10)
    private String locale = "vi";

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The password is checked by the organisation's directory; roles follow its groups. */
    @Column(nullable = false)
    private boolean directory;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The user must choose a new password at their next login (a password someone else set). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void changePasswordHash(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    /** An account the directory vouched for at its first login; its password stays in the directory. */
    public static UserAccount fromDirectory(String username, String displayName, Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, NO_LOCAL_PASSWORD, roles);
        account.directory = true;
        return account;
    }

    /** No hash of ours has this form, so no password matches it. */
    private static final String NO_LOCAL_PASSWORD = "directory";

    public boolean isDirectory() {
        return directory;
    }

    /** What an administrator sets: the name shown and the roles. */
    public void describe(String displayName, Set<Role> roles) {
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
    }

    /** Disabled (khoá), the account cannot sign in, whatever its password. */
    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Long getScopeUnitId() {
        return scopeUnitId;
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public void scope(Long unitId, Set<Long> organisations) {
        this.scopeUnitId = unitId;
        this.organisationIds = new HashSet<>(organisations);
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** None: accounts are the installation's, whatever their scope. */
    @Override
    public Place territory() {
        return null;
    }
}
