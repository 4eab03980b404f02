package vn.doanthe.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditEntryView;
import vn.doanthe.audit.boundary.AuditExports;
import vn.doanthe.audit.boundary.AuditQuery;
import vn.doanthe.audit.boundary.ChainVerification;
import vn.doanthe.audit.boundary.RecordState;
import vn.doanthe.audit.boundary.RecordStates;
import vn.doanthe.audit.web.AuditSheet;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.ReasonRequest;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.boundary.ExportFormat;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;

/** The audit trail over HTTP, for auditors and administrators: read, export and verify, never write. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditEntries entries;

    @Inject
    AuditExports exports;

    @Inject
    RecordStates states;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    /**
     * Entries newest first; {@code from} and {@code to} are days ({@code yyyy-MM-dd}, Vietnam time),
     * both included; {@code unit} the code of a territorial unit: entries concerning it or a unit below it.
     */
    @GET
    public Page<AuditEntryView> search(@QueryParam("entityType") String entityType,
                                       @QueryParam("entityId") String entityId, @QueryParam("user") String user,
                                       @QueryParam("action") String action, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("unit") String unit,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return entries.search(query(entityType, entityId, user, action, from, to, unit), PageRequest.of(page, size, 50));
    }

    /** The same search as a file to download: {@code format} xlsx (default) or csv; headers in the reader's language. */
    @GET
    @Path("export")
    @Produces({Downloads.XLSX, "text/csv", MediaType.WILDCARD})
    public Response export(@QueryParam("format") String format, @QueryParam("entityType") String entityType,
                           @QueryParam("entityId") String entityId, @QueryParam("user") String user,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("unit") String unit) {
        entries.requireAuditor();
        ExportFormat chosen = format == null || format.isBlank()
                ? ExportFormat.XLSX : Parse.constant(ExportFormat.class, format, "format");
        AuditQuery query = query(entityType, entityId, user, action, from, to, unit);
        Locale locale = RequestLocale.of(headers);
        StreamingOutput body = out -> exports.export(query, chosen, AuditSheet.header(locale), AuditSheet.name(locale),
                out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + AuditExports.fileName(chosen) + "\"")
                .build();
    }

    /**
     * The record as its audit entries say it stood: at the end of a day ({@code at=yyyy-MM-dd},
     * Vietnam time) or right after a UTC moment as entries' {@code at} read ({@code yyyy-MM-ddTHH:mm:ss.SSS}).
     */
    @GET
    @Path("state")
    public RecordState state(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                             @QueryParam("at") String at) {
        entries.requireAuditor();
        if (at == null || at.isBlank() || !at.contains("T")) {
            return states.onDay(entityType, entityId, at == null || at.isBlank() ? VietnamTime.today()
                    : Parse.date(at, "at"));
        }
        try {
            return states.at(entityType, entityId, LocalDateTime.parse(at.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", "audit.error.moment", at);
        }
    }

    /**
     * One entry with its personal data unmasked, for a reader who says why ({@code {"reason": "…"}});
     * the reveal is recorded in the trail.
     */
    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditEntryView reveal(@PathParam("id") Long id, ReasonRequest request) {
        bodies.valid(request);
        return entries.reveal(id, request.reason);
    }

    /** Recomputes the hash chain: {@code {"intact":true,"checked":N}} or the first entry that does not match. */
    @GET
    @Path("verify")
    public ChainVerification verify() {
        return entries.verify();
    }

    private static AuditQuery query(String entityType, String entityId, String user, String action, String from,
                                    String to, String unit) {
        return new AuditQuery(entityType, entityId, user, action, Parse.date(from, "from"), Parse.date(to, "to"), unit);
    }
}
