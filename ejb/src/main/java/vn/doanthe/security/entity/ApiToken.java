package vn.doanthe.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Secret;
import vn.doanthe.platform.access.Place;

/**
 * A named key with which a program (a province's reporting tool, a service account) calls the API
 * for an account, instead of its password: it has the account's roles and scope and nothing more,
 * and ends on its expiry day or when revoked. Only the SHA-256 of the key is kept.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = """
        select distinct t from ApiToken t join fetch t.account a left join fetch a.roles left join fetch a.organisationIds
        where t.tokenHash = :hash""")
@NamedQuery(name = "ApiToken.ofAccount", query = "select t from ApiToken t where t.account.id = :account order by t.id desc")
public class ApiToken extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Column(nullable = false, length = 100)
    private String name;

    @Secret
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, updatable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount account, String name, String tokenHash, String prefix, LocalDate expiresOn,
                    String createdBy) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether the token opens the API on {@code today}: not revoked, not expired, its account enabled. */
    public boolean isValidOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn) && account.isEnabled();
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    /** None: a token is its account's. */
    @Override
    public Place territory() {
        return null;
    }
}
