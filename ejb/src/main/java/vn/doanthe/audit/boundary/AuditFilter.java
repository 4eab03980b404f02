package vn.doanthe.audit.boundary;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Scope;

/** The where clause of an auditor's query over {@code AuditEntry a}, and its parameters. */
record AuditFilter(String where, Map<String, Object> parameters) {

    static final String NEWEST_FIRST = " order by a.at desc, a.id desc";

    /**
     * @param unitSubtree the subtree path of the unit the query names ({@code query.unit()}), found
     *                    by the caller; null for no territorial filter
     * @param scope       the reader's scope: a scoped administrator reads the entries of their
     *                    territory only; an auditor reads everything
     */
    static AuditFilter of(AuditQuery query, String unitSubtree, Scope scope) {
        Scope.Condition inScope = scope.subtree("a.unitPath");
        Map<String, Object> parameters = new HashMap<>(inScope.parameters());
        StringBuilder where = new StringBuilder(" from AuditEntry a where ").append(inScope.jpql());
        condition(where, parameters, "a.entityType = :entityType", "entityType", query.entityType());
        condition(where, parameters, "a.entityId = :entityId", "entityId", query.entityId());
        condition(where, parameters, "a.username = :username", "username", query.user());
        condition(where, parameters, "a.action = :action", "action", query.action());
        if (unitSubtree != null) {
            // A prefix range of ix_audit_entry_unit: the unit itself and every unit below it.
            where.append(" and a.unitPath like :unitPath");
            parameters.put("unitPath", unitSubtree + "%");
        }
        if (query.from() != null) {
            where.append(" and a.at >= :from");
            parameters.put("from", startInUtc(query.from()));
        }
        if (query.to() != null) {
            where.append(" and a.at < :to");
            parameters.put("to", startInUtc(query.to().plusDays(1)));
        }
        return new AuditFilter(where.toString(), Map.copyOf(parameters));
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The same entries, narrowed by one more condition. */
    AuditFilter with(String condition, String name, Object value) {
        Map<String, Object> more = new HashMap<>(parameters);
        more.put(name, value);
        return new AuditFilter(where + " and " + condition, Map.copyOf(more));
    }

    /** The same entries, but only those after {@code (at, id)} in newest-first order: the next page of a walk. */
    AuditFilter after(LocalDateTime at, long id) {
        Map<String, Object> next = new HashMap<>(parameters);
        next.put("lastAt", at);
        next.put("lastId", id);
        return new AuditFilter(where + " and (a.at < :lastAt or (a.at = :lastAt and a.id < :lastId))", Map.copyOf(next));
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String test, String name,
                                  String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(test);
            parameters.put(name, value.trim());
        }
    }

    static LocalDateTime startInUtc(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
