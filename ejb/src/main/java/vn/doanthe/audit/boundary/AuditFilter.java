package vn.doanthe.audit.boundary;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.control.Where;

/** The where clause of an auditor's query over {@code AuditEntry a}, and its parameters. */
record AuditFilter(Where condition) {

    static final String NEWEST_FIRST = " order by a.at desc, a.id desc";

    /**
     * @param unitSubtree the subtree path of the unit the query names ({@code query.unit()}), found
     *                    by the caller; null for no territorial filter
     * @param scope       the reader's scope: a scoped administrator reads the entries of their
     *                    territory only; an auditor reads everything
     */
    static AuditFilter of(AuditQuery query, String unitSubtree, Scope scope) {
        return new AuditFilter(scope.subtree("a.unitPath")
                .andIfGiven("a.entityType = :entityType", "entityType", query.entityType())
                .andIfGiven("a.entityId = :entityId", "entityId", query.entityId())
                .andIfGiven("a.username = :username", "username", query.user())
                .andIfGiven("a.action = :action", "action", query.action())
                // A prefix range of ix_audit_entry_unit: the unit itself and every unit below it.
                .andIfGiven("a.unitPath like :unitPath", "unitPath", unitSubtree == null ? null : unitSubtree + "%")
                .andIfGiven("a.at >= :from", "from", query.from() == null ? null : startInUtc(query.from()))
                .andIfGiven("a.at < :to", "to", query.to() == null ? null : startInUtc(query.to().plusDays(1))));
    }

    /** {@code from AuditEntry a where …}. */
    String where() {
        return " from AuditEntry a where " + condition.jpql();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return condition.bind(query);
    }

    /** The same entries, narrowed by one more condition. */
    AuditFilter with(String test, String name, Object value) {
        return new AuditFilter(condition.and(test, name, value));
    }

    /** The same entries, but only those after {@code (at, id)} in newest-first order: the next page of a walk. */
    AuditFilter after(LocalDateTime at, long id) {
        return new AuditFilter(condition.and(Where.of("(a.at < :lastAt or (a.at = :lastAt and a.id < :lastId))",
                Map.of("lastAt", at, "lastId", id))));
    }

    static LocalDateTime startInUtc(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
