package vn.doanthe.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.control.BatchInsert;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.mutation.EntityChange;
import vn.doanthe.platform.mutation.EntityState;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.mutation.PersonalFields;

/**
 * Writes the audit entries of a command, in the command's own transaction, chained, each with the
 * territorial unit it concerns ({@link AuditTerritory}): the chain head
 * row is locked from the first entry until the transaction ends, so that entries of several
 * instances take ids and hashes in one order and a rolled-back command leaves no link behind.
 */
@ApplicationScoped
public class AuditTrail implements ChangeRecorder {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    /**
     * Found once: {@code Json.createObjectBuilder()} looks the JSON provider up through the class
     * path at every call, which cost most of an import's time (three entries a row).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String INSERT = "INSERT INTO audit_entry (id, at, username, client_address, request_id,"
            + " action, entity_type, entity_id, changes, reason, command, unit_id, unit_path, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    @Inject
    SubjectKeys subjectKeys;

    /**
     * Writes the command's changes to the database (a broken constraint surfaces here, inside the
     * command) and then one entry per entity changed, with the fields whose values changed.
     *
     * @return the changes written
     */
    @Override
    public List<EntityChange> record(MutationContext context, Class<?> boundary, String method) {
        em.flush();
        String command = boundaryName(boundary) + "." + method;
        Map<Long, SubjectKeys.Key> keys = subjectKeysOf(context.changes());
        List<Content> entries = new ArrayList<>();
        for (EntityChange change : context.changes()) {
            Map<String, String> after = change.action() == EntityChange.Action.DELETE
                    ? Map.of() : EntityState.of(change.entity());
            Map<String, String> before = context.recordsOldValues() ? change.before()
                    : erased(change.before(), after);
            String changes = fieldChanges(before, after, sealer(change.entity(), keys));
            if (change.action() == EntityChange.Action.UPDATE && "[]".equals(changes)) {
                continue;
            }
            entries.add(new Content(context.caller(), context.requestId(), change.action().name(),
                    change.entity().getClass().getSimpleName(), Objects.toString(change.entity().getId(), null),
                    changes, context.reason(), command, AuditTerritory.of(change.entity())));
        }
        for (MutationContext.Act act : context.acts()) {
            entries.add(new Content(context.caller(), context.requestId(), act.action(), act.entityType(),
                    act.entityId(), details(act.detail()), context.reason(), command,
                    act.subject() == null ? null : AuditTerritory.of(act.subject())));
        }
        List<EntityChange> written = List.copyOf(context.changes());
        context.clearChanges();
        append(entries);
        em.flush();
        return written;
    }

    /** The live keys of the persons whose personal data the command's changes record (made where missing). */
    private Map<Long, SubjectKeys.Key> subjectKeysOf(List<EntityChange> changes) {
        Set<Long> subjects = new HashSet<>();
        for (EntityChange change : changes) {
            Long subject = change.entity().dataSubject();
            if (subject != null && !PersonalFields.erasable(change.entity().getClass()).isEmpty()) {
                subjects.add(subject);
            }
        }
        if (subjects.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            return subjectKeys.liveKeys(connection, subjects);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the data subjects' keys failed", e);
        }
    }

    /**
     * Seals the values of the entity's {@link vn.doanthe.platform.mutation.Erasable} fields with its
     * subject's key; other fields, and a value already hidden, are recorded as they are.
     */
    private static BinaryOperator<String> sealer(AuditedEntity entity, Map<Long, SubjectKeys.Key> keys) {
        Set<String> erasable = PersonalFields.erasable(entity.getClass());
        SubjectKeys.Key key = entity.dataSubject() == null ? null : keys.get(entity.dataSubject());
        if (erasable.isEmpty() || key == null) {
            return (field, value) -> value;
        }
        String type = entity.getClass().getSimpleName();
        String id = String.valueOf(entity.getId());
        return (field, value) -> value == null || !erasable.contains(field) || value.startsWith(EntityState.HIDDEN)
                ? value : SealedValue.seal(key.id(), key.bytes(), SealedValue.where(type, id, field), value);
    }

    /** An event that is not a change of one entity: a bulk load, a login, an export. */
    @Override
    public void event(Caller caller, String action, String entityType, String detail) {
        append(List.of(new Content(caller, UUID.randomUUID().toString(), action, entityType, null, details(detail),
                null, null, null)));
    }

    /**
     * An event committed at once, in a transaction of its own: it stays recorded whatever happens
     * after it (a download begins here and may be cut midway). Outside any JTA transaction, on a
     * connection of its own that {@link #append} commits: a JTA transaction begun here, within the
     * caller's suspended one, was seen to get a connection in auto-commit mode, whose head lock then
     * ended with the SELECT and let two commands take the same entry id.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void eventStarting(Caller caller, String action, String entityType, String detail) {
        event(caller, action, entityType, detail);
    }

    private static String details(String detail) {
        JsonObjectBuilder details = JSON.createObjectBuilder();
        value(details, "detail", detail);
        return details.build().toString();
    }

    /** The old values, each one that the change erased hidden: the entry shows that it changed, not what it was. */
    private static Map<String, String> erased(Map<String, String> before, Map<String, String> after) {
        Map<String, String> erased = new LinkedHashMap<>();
        before.forEach((name, value) -> erased.put(name,
                value == null || Objects.equals(value, after.get(name)) ? value : EntityState.HIDDEN));
        return erased;
    }

    private record Content(Caller caller, String requestId, String action, String entityType, String entityId,
                           String changes, String reason, String command, AuditTerritory territory) {

        /** The hash covers exactly what the database stores, so no value may be altered by storing it. */
        Content {
            entityId = TextCheck.storable(entityId);
            changes = TextCheck.storable(changes);
            reason = TextCheck.storable(reason);
        }
    }

    private void append(List<Content> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Plain JDBC on the transaction's connection (the one EclipseLink writes on too), so that
        // the head stays locked until this transaction ends, whatever EclipseLink has done so far.
        try (Connection connection = dataSource.getConnection()) {
            // No transaction around (eventStarting): this one is the entries' own, committed here.
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try {
                chain(connection, entries);
                if (own) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (own) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the audit trail failed", e);
        }
    }

    /** Appends the entries to the chain, the head locked until the connection's transaction ends. */
    private void chain(Connection connection, List<Content> entries) throws SQLException {
        Link head = lockHead(connection);
        if (head.hash() == null) {
            head = chainEntriesWrittenBeforeTheChain(connection);
        }
        AuditChain chain = new AuditChain();
        LocalDateTime now = AuditChain.stamp(LocalDateTime.now(ZoneOffset.UTC));
        long id = head.id();
        String previous = head.hash();
        try (BatchInsert insert = new BatchInsert(connection, INSERT)) {
            for (Content c : entries) {
                AuditRecord content = new AuditRecord(++id, now, c.caller().username(),
                        c.caller().clientAddress(), c.requestId(), c.action(), c.entityType(), c.entityId(),
                        c.changes(), c.reason(), c.command(),
                        c.territory() == null ? null : c.territory().unitId(),
                        c.territory() == null ? null : c.territory().unitPath());
                String hash = chain.hash(previous, content);
                insert.add(content.id(), content.at(), content.username(), content.clientAddress(),
                        content.requestId(), content.action(), content.entityType(), content.entityId(),
                        content.changes(), content.reason(), content.command(), content.unitId(), content.unitPath(),
                        previous, hash);
                previous = hash;
            }
        }
        moveHead(connection, new Link(id, previous));
    }

    private record Link(long id, String hash) {
    }

    private static Link lockHead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No audit chain head: is the schema at V5?");
            }
            return new Link(row.getLong(1), row.getString(2));
        }
    }

    private static void moveHead(Connection connection, Link head) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            move.setLong(1, head.id());
            move.setString(2, head.hash());
            move.executeUpdate();
        }
    }

    /**
     * Once, at the first append after the chain was introduced (V5), under the head's lock: chains
     * the entries written before it, in id order.
     */
    private static Link chainEntriesWrittenBeforeTheChain(Connection connection) throws SQLException {
        AuditChain chain = new AuditChain();
        String previous = AuditChain.GENESIS;
        long lastId = 0;
        long chained = 0;
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT " + AuditRecord.COLUMNS + " FROM audit_entry ORDER BY id");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?")) {
            while (row.next()) {
                AuditRecord content = AuditRecord.read(row);
                lastId = content.id();
                String hash = chain.hash(previous, content);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, lastId);
                update.executeUpdate();
                previous = hash;
                chained++;
            }
        }
        long count = chained;
        LOG.info(() -> "Audit trail: chained the " + count + " entries written before the hash chain");
        return new Link(lastId, previous);
    }

    /**
     * The changed fields as a JSON array of {field, old, new}. A value longer than {@link
     * AuditEntry#MAX_TEXT} is stored cut, with the SHA-256 of the full value beside it
     * ({@code oldSha256}, {@code newSha256}), which the entry's hash then covers.
     */
    static String fieldChanges(Map<String, String> before, Map<String, String> after) {
        return fieldChanges(before, after, (field, value) -> value);
    }

    /** The same, each value as {@code stored} gives it (sealed, for personal data). */
    static String fieldChanges(Map<String, String> before, Map<String, String> after, BinaryOperator<String> stored) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            String old = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(old, now)) {
                JsonObjectBuilder field = JSON.createObjectBuilder().add("field", name);
                value(field, "old", old == null ? null : stored.apply(name, old));
                value(field, "new", now == null ? null : stored.apply(name, now));
                fields.add(field);
            }
        }
        return fields.build().toString();
    }

    private static void value(JsonObjectBuilder field, String name, String value) {
        if (value == null) {
            field.addNull(name);
        } else {
            field.add(name, bounded(value));
            if (value.length() > AuditEntry.MAX_TEXT) {
                field.add(name + "Sha256", AuditChain.digest(value));
            }
        }
    }

    private static String bounded(String value) {
        return value.length() <= AuditEntry.MAX_TEXT ? value : value.substring(0, AuditEntry.MAX_TEXT) + "…";
    }

    private static String boundaryName(Class<?> boundary) {
        String name = boundary.getSimpleName();
        int proxySuffix = name.indexOf('$');
        return proxySuffix < 0 ? name : name.substring(0, proxySuffix);
    }
}
