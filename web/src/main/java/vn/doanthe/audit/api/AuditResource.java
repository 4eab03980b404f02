package vn.doanthe.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditEntryView;
import vn.doanthe.audit.boundary.AuditQuery;
import vn.doanthe.audit.boundary.ChainVerification;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;

/** The audit trail over HTTP, for auditors and administrators: read and verify, never write. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditEntries entries;

    /** Entries newest first; {@code from} and {@code to} are days ({@code yyyy-MM-dd}, Vietnam time), both included. */
    @GET
    public Page<AuditEntryView> search(@QueryParam("entityType") String entityType,
                                       @QueryParam("entityId") String entityId, @QueryParam("user") String user,
                                       @QueryParam("action") String action, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return entries.search(new AuditQuery(entityType, entityId, user, action, Parse.date(from, "from"),
                Parse.date(to, "to")), PageRequest.of(page, size, 50));
    }

    /** Recomputes the hash chain: {@code {"intact":true,"checked":N}} or the first entry that does not match. */
    @GET
    @Path("verify")
    public ChainVerification verify() {
        return entries.verify();
    }
}
