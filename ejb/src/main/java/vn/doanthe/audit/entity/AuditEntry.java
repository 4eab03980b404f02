package vn.doanthe.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One recorded event: a change of one entity (with its changed fields as JSON) or an event of its
 * own (a login, a bulk load). Written once, never updated.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.forEntity",
        query = "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id")
public class AuditEntry {

    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, String username, String clientAddress, String requestId, String action,
                      String entityType, String entityId, String changes, String reason, String command) {
        this.at = at;
        this.username = username;
        this.clientAddress = clientAddress;
        this.requestId = requestId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = changes;
        this.reason = reason;
        this.command = command;
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
}
