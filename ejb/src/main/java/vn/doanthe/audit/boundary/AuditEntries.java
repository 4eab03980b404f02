package vn.doanthe.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.doanthe.audit.control.AuditChainCheck;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.security.control.Callers;
import vn.doanthe.security.entity.Role;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The audit trail as auditors read it: search, an entity's timeline, and the verification of the
 * hash chain. Read-only, for auditors and administrators: entries are written by the mutation path
 * alone, and nothing here or anywhere else changes or removes them.
 */
@Stateless
public class AuditEntries {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    /** Hashes the entries while the verification reads on. */
    @Resource
    ManagedExecutorService hashing;

    @Inject
    Callers callers;

    /** Entries matching the query, newest first (served by the entity, user and time indexes of V1). */
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        requireAuditor();
        AuditFilter filter = AuditFilter.of(query, unitSubtree(query.unit()));
        TypedQuery<Long> count = filter.bind(em.createQuery("select count(a)" + filter.where(), Long.class));
        TypedQuery<AuditEntry> rows = filter.bind(em.createQuery("select a" + filter.where() + AuditFilter.NEWEST_FIRST,
                AuditEntry.class));
        List<AuditEntryView> items = rows.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(AuditEntries::view).toList();
        return new Page<>(items, count.getSingleResult());
    }

    /**
     * The subtree path of the territorial unit in force today with this code, under which the
     * entries concerning it or a unit below it lie; null when no code is given.
     */
    public String unitSubtree(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.trim();
        return em.createNamedQuery("AdminUnit.byCodeOn", AdminUnit.class).setParameter("code", trimmed)
                .setParameter("day", VietnamTime.today()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput("unit", "territory.error.notFound", trimmed)).subtreePath();
    }

    /**
     * Recomputes the whole chain (plain JDBC, streamed, outside any transaction of the container so
     * that a long verification is not cut by the transaction timeout).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify() {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            AuditChainCheck.Result result = AuditChainCheck.verify(connection, hashing);
            return new ChainVerification(result.intact(), result.checked(), result.firstBrokenId());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the audit trail failed", e);
        }
    }

    /** Refuses anyone but an auditor or an administrator, before anything is read or sent. */
    public void requireAuditor() {
        if (!callers.current().hasAnyRole(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDenied("error.accessDenied");
        }
    }

    public static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getAt(), e.getUsername(), e.getAction(), e.getEntityType(),
                e.getEntityId(), changes(e.getChanges()), e.getClientAddress(), e.getReason(), e.getCommand(),
                e.getRequestId(), e.getUnitId());
    }

    /** Entity changes are an array of {field, old, new}; an event's details become one field each. */
    static List<FieldChange> changes(String json) {
        List<FieldChange> changes = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return changes;
        }
        JsonStructure parsed;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            parsed = reader.read();
        }
        if (parsed instanceof JsonArray fields) {
            for (JsonValue value : fields) {
                JsonObject field = value.asJsonObject();
                changes.add(new FieldChange(field.getString("field"), text(field.get("old")), text(field.get("new"))));
            }
        } else if (parsed instanceof JsonObject details) {
            details.forEach((name, value) -> changes.add(new FieldChange(name, null, text(value))));
        }
        return changes;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
