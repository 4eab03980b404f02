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
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.doanthe.audit.control.AuditChainCheck;
import vn.doanthe.audit.control.AuditMasks;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;

/**
 * The audit trail as auditors read it: search, an entity's timeline, and the verification of the
 * hash chain. Read-only, for auditors and administrators: entries are written by the mutation path
 * alone, and nothing here or anywhere else changes or removes them.
 */
@Reading(allowed = {Role.ADMIN, Role.AUDITOR})
@Stateless
public class AuditEntries {

    /**
     * What a personal value reads once the person was anonymised and their key destroyed: a fixed
     * value for API clients and files (the console says it in the reader's language).
     */
    public static final String ERASED = "[đã xoá]";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    /** Hashes the entries while the verification reads on. */
    @Resource
    ManagedExecutorService hashing;

    @Inject
    Callers callers;

    @Inject
    AuditReading reading;

    /**
     * Entries matching the query, newest first (served by the entity, user and time indexes of V1),
     * within the reader's scope, personal data masked as on every other screen.
     */
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        requireAuditor();
        AuditFilter filter = reading.filter(query);
        TypedQuery<Long> count = filter.bind(em.createQuery("select count(a)" + filter.where(), Long.class));
        TypedQuery<AuditEntry> rows = filter.bind(em.createQuery("select a" + filter.where() + AuditFilter.NEWEST_FIRST,
                AuditEntry.class));
        List<AuditEntryView> items = reading.maskedViews(rows.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList());
        return new Page<>(items, count.getSingleResult());
    }

    /**
     * One entry with the personal data it holds unmasked, for a reader who says why: the reveal is
     * itself an audit event naming who, when, which entry and the reason, as a person's reveal is.
     */
    @Mutation(allowed = {Role.ADMIN, Role.AUDITOR})
    public AuditEntryView reveal(@NotNull Long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "member.error.personalDataReason");
        }
        AuditFilter filter = reading.filter(AuditQuery.none()).with("a.id = :id", "id", id);
        AuditEntry entry = filter.bind(em.createQuery("select a" + filter.where(), AuditEntry.class))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("id", "audit.error.entryNotFound", id));
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(reason.trim());
        context.act("REVEAL", "AuditEntry", id, "entityType=" + entry.getEntityType() + " entityId=" + entry.getEntityId());
        return reading.unmaskedViews(List.of(entry)).get(0);
    }

    /**
     * Entries with the personal data they hold, opened (a subject-access report gives a person
     * everything held about them); the caller has already decided that they may be shown.
     */
    public List<AuditEntryView> withPersonalData(List<AuditEntry> entries) {
        return reading.unmaskedViews(entries);
    }


    /** Checks a unit code of a query before a page is read (the console asks it first). */
    public void checkUnit(String code) {
        reading.unitSubtree(code);
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


    static List<FieldChange> masked(String entityType, List<FieldChange> changes, AuditMasks masks) {
        if (!masks.hasPersonalFields(entityType)) {
            return changes;
        }
        return changes.stream().map(c -> new FieldChange(c.field(), masks.value(entityType, c.field(), c.old()),
                masks.value(entityType, c.field(), c.newValue()))).toList();
    }

    static AuditEntryView view(AuditEntry e, List<FieldChange> changes) {
        return new AuditEntryView(e.getId(), e.getAt(), e.getUsername(), e.getAction(), e.getEntityType(),
                e.getEntityId(), changes, e.getClientAddress(), e.getReason(), e.getCommand(),
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
