package vn.doanthe.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One recorded event: a change of one entity (with its changed fields as JSON) or an event of its
 * own (a login, a bulk load). Written once by {@link vn.doanthe.audit.control.AuditTrail} with
 * plain JDBC, never updated, read here; its id comes from the chain head and its
 * hash chains it to the entry before ({@link vn.doanthe.audit.control.AuditChain}).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.forEntity",
        query = "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id")
public class AuditEntry {

    public static final int MAX_TEXT = 4000;

    @Id
    private Long id;

    /** When, in UTC: servers in several zones write one comparable history. */
    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "request_id", nullable = false, updatable = false, length = 36)
    private String requestId;

    @Column(nullable = false, updatable = false, length = 30)
    private String action;

    @Column(name = "entity_type", updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 60)
    private String entityId;

    @Column(updatable = false, columnDefinition = "LONGTEXT")
    private String changes;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "command", updatable = false, length = 120)
    private String command;

    /** The territorial unit the entry concerns, and its subtree path then (null: none, or written before V12). */
    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "unit_path", updatable = false, length = 150)
    private String unitPath;

    @Column(name = "prev_hash", updatable = false, length = 64)
    private String prevHash;

    @Column(updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public String getCommand() {
        return command;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
