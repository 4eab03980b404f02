package vn.doanthe.directive.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.doanthe.directive.boundary.AttachmentView;
import vn.doanthe.directive.boundary.DirectiveView;
import vn.doanthe.directive.boundary.Directives;
import vn.doanthe.directive.boundary.NewDirective;
import vn.doanthe.directive.boundary.NewSummary;
import vn.doanthe.directive.boundary.Summaries;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.directive.entity.DirectiveType;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestValues;
import vn.doanthe.platform.api.UploadedFileName;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;

/** The register of directives over HTTP: documents, their files and their summaries for members. */
@Path("directives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectivesResource {

    @Inject
    Directives directives;

    @Inject
    Summaries summaries;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    /** The documents the caller reads, latest first; {@code q}: symbol or title words, diacritics optional. */
    @GET
    public Page<DirectiveView> list(@QueryParam("q") String q, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        return directives.list(q, PageRequest.of(page, size, 50));
    }

    @POST
    public Response register(DirectiveRequest request) {
        DirectiveView created = directives.register(details(request));
        return Response.created(uri.getBaseUriBuilder().path("directives").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public DirectiveView directive(@PathParam("id") Long id) {
        return directives.find(id);
    }

    /** Corrects a document's particulars; {@code version} as read. */
    @PUT
    @Path("{id}")
    public DirectiveView correct(@PathParam("id") Long id, DirectiveRequest request) {
        NewDirective details = details(request);
        if (request.version == null) {
            throw new InvalidInput("version", "validation.required");
        }
        return directives.correct(id, details, request.version);
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") Long id) {
        return directives.attachments(id);
    }

    /** A file of the document (multipart part {@code file}): PDF, DOCX, ODT, PNG or JPEG by content, 20 MB at most. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") Long id, @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "validation.required");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(Directives.MAX_FILE_BYTES + 1);
        }
        AttachmentView created = directives.attach(id, UploadedFileName.of(file), content);
        return Response.created(uri.getBaseUriBuilder().path("directives").path(id.toString()).path("attachments")
                .path(created.id().toString()).build()).entity(created).build();
    }

    /** The file as uploaded, under its own name and the type its content shows. */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") Long id, @PathParam("attachmentId") Long attachmentId) {
        AttachmentView attachment = directives.attachment(id, attachmentId);
        StreamingOutput body = out -> directives.content(id, attachmentId, out);
        return Response.ok(body, attachment.mediaType()).header("Content-Length", attachment.size())
                .header("Content-Disposition", Downloads.attachment(attachment.fileName())).build();
    }

    @GET
    @Path("{id}/summaries")
    public List<SummaryView> summaries(@PathParam("id") Long id) {
        return summaries.of(id);
    }

    /** A first summary at the caller's level (adapting {@code basedOnId} at a level below the document's). */
    @POST
    @Path("{id}/summaries")
    public Response write(@PathParam("id") Long id, SummaryRequest request) {
        bodies.valid(request);
        SummaryView created = summaries.write(id, new NewSummary(request.text, request.outline, request.basedOnId,
                request.hash));
        return Response.created(uri.getBaseUriBuilder().path("summaries").path(created.id().toString()).build())
                .entity(created).build();
    }

    private NewDirective details(DirectiveRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        DirectiveType type = read.constant(DirectiveType.class, request.type, "type");
        var issuedOn = read.date(request.issuedOn, "issuedOn");
        read.read();
        return new NewDirective(request.symbol, request.issuer, type, request.number, issuedOn, request.term,
                request.title, request.unit);
    }
}
