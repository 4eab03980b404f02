package vn.doanthe.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.mutation.Caller;
import vn.doanthe.platform.mutation.EntityChange;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.mutation.EntityState;

/** Writes the audit entries of a command, in the command's own transaction. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /**
     * Writes the command's changes to the database (a broken constraint surfaces here, inside the
     * command) and then one entry per entity changed, with the fields whose values changed.
     */
    public void record(MutationContext context, Class<?> boundary, String method) {
        em.flush();
        String command = boundaryName(boundary) + "." + method;
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (EntityChange change : context.changes()) {
            Map<String, String> after = change.action() == EntityChange.Action.DELETE
                    ? Map.of() : EntityState.of(change.entity());
            String changes = fieldChanges(change.before(), after);
            if (change.action() == EntityChange.Action.UPDATE && "[]".equals(changes)) {
                continue;
            }
            em.persist(new AuditEntry(now, context.caller().username(), context.caller().clientAddress(),
                    context.requestId(), change.action().name(), change.entity().getClass().getSimpleName(),
                    Objects.toString(change.entity().getId(), null), changes, context.reason(), command));
        }
        context.clearChanges();
        em.flush();
    }

    /** An event that is not a change of one entity: a bulk load, a login, an export. */
    public void event(Caller caller, String action, String entityType, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(ZoneOffset.UTC), caller.username(), caller.clientAddress(),
                UUID.randomUUID().toString(), action, entityType, null,
                Json.createObjectBuilder().add("detail", bounded(detail)).build().toString(), null, null));
    }

    private static String fieldChanges(Map<String, String> before, Map<String, String> after) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            String old = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(old, now)) {
                JsonObjectBuilder field = Json.createObjectBuilder().add("field", name);
                field = old == null ? field.addNull("old") : field.add("old", bounded(old));
                field = now == null ? field.addNull("new") : field.add("new", bounded(now));
                fields.add(field);
            }
        }
        return fields.build().toString();
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
