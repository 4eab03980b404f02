package vn.doanthe.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.doanthe.audit.control.AuditTrail;
import vn.doanthe.audit.control.AuditMasks;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.boundary.ExportFormat;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;

/**
 * The entries an auditor found, as a file: XLSX or CSV, one row per entry with its changed fields,
 * newest first like the search. Read {@value #PAGE} entries at a time, each page after the last
 * one seen (not by offset, which slows down with millions of entries), and written out as they
 * come. Each export is itself an audit event.
 */
@Reading(allowed = {Role.ADMIN, Role.AUDITOR})
@Stateless
public class AuditExports {

    static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditEntries entries;

    @Inject
    AuditReading reading;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Callers callers;

    /** "nhat-ky-2026-11-27.xlsx": the list's name and the day it was taken. */
    public static String fileName(ExportFormat format) {
        return format.fileName("nhat-ky-" + VietnamTime.today());
    }

    /**
     * Writes the entries matching {@code query} under {@code header} (in the reader's language: the
     * number, time in Vietnam, user, client address, action, entity type, entity id, changes,
     * reason, command, request).
     */
    public void export(@NotNull AuditQuery query, @NotNull ExportFormat format, @NotNull List<String> header,
                       @NotNull String sheetName, @NotNull OutputStream out) {
        entries.requireAuditor();
        AuditFilter filter = reading.filter(query);
        AuditMasks masks = reading.masks();
        // Recorded as it starts: a download broken midway has still left the system in part.
        auditTrail.eventStarting(callers.current(), "EXPORT", "AuditEntry", "format=" + format + " entityType="
                + query.entityType() + " entityId=" + query.entityId() + " user=" + query.user() + " action="
                + query.action() + " from=" + query.from() + " to=" + query.to() + " unit=" + query.unit());
        try (RowWriter rows = format == ExportFormat.XLSX ? RowWriter.xlsx(out, sheetName) : RowWriter.csv(out)) {
            rows.row(header);
            for (AuditFilter page = filter; page != null; ) {
                List<AuditEntry> found = page.bind(em.createQuery("select a" + page.where() + AuditFilter.NEWEST_FIRST,
                        AuditEntry.class)).setMaxResults(PAGE).getResultList();
                List<List<FieldChange>> opened = reading.opened(found);
                for (int i = 0; i < found.size(); i++) {
                    rows.row(row(found.get(i), AuditEntries.masked(found.get(i).getEntityType(), opened.get(i), masks)));
                }
                AuditEntry last = found.isEmpty() ? null : found.get(found.size() - 1);
                page = found.size() < PAGE ? null : filter.after(last.getAt(), last.getId());
                em.clear(); // read only: forget the page before reading the next
            }
        }
    }

    private static List<Object> row(AuditEntry e, List<FieldChange> changes) {
        List<Object> row = new ArrayList<>();
        row.add(e.getId());
        row.add(inVietnam(e.getAt()));
        row.add(e.getUsername());
        row.add(e.getClientAddress());
        row.add(e.getAction());
        row.add(e.getEntityType());
        row.add(e.getEntityId());
        row.add(changes.stream()
                .map(c -> c.field() + ": " + Objects.toString(c.old(), "") + " → " + Objects.toString(c.newValue(), ""))
                .collect(Collectors.joining("\n")));
        row.add(e.getReason());
        row.add(e.getCommand());
        row.add(e.getRequestId());
        return row;
    }

    private static LocalDateTime inVietnam(LocalDateTime utc) {
        // To the second, as the file shows it: a spreadsheet would otherwise round 59.6 s up.
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
    }
}
