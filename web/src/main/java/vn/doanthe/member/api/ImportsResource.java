package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.doanthe.member.boundary.ImportMode;
import vn.doanthe.member.boundary.ImportProblem;
import vn.doanthe.member.boundary.ImportView;
import vn.doanthe.member.boundary.MemberImports;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.UploadedFileName;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.web.DomainMessages;
import vn.doanthe.platform.web.Texts;

/**
 * Imports of members from XLSX over HTTP: upload (202, checked in the background), progress and
 * problems, the annotated report, and the decision to import the valid rows or nothing.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    static final String XLSX = Downloads.XLSX;
    private static final Set<String> ACCEPTED_TYPES = Set.of(XLSX, MediaType.APPLICATION_OCTET_STREAM, "application/zip");
    private static final int SHOWN_PROBLEMS = 100;

    @Inject
    MemberImports imports;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("members")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "validation.required");
        }
        MediaType type = file.getMediaType();
        String typeName = type == null ? MediaType.APPLICATION_OCTET_STREAM : type.getType() + "/" + type.getSubtype();
        if (!ACCEPTED_TYPES.contains(typeName.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("file", "member.import.error.contentType", typeName);
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(MemberImports.MAX_BYTES + 1);
        }
        String fileName = Objects.requireNonNullElse(UploadedFileName.of(file), "members.xlsx");
        ImportView started = imports.upload(fileName, content);
        return Response.accepted(json(started))
                .location(uri.getBaseUriBuilder().path("imports").path(started.id().toString()).build()).build();
    }

    @GET
    @Path("members/template")
    @Produces(XLSX)
    public Response template() {
        Locale locale = RequestLocale.of(headers);
        StreamingOutput body = out -> imports.template(out, key -> Texts.get(locale, key));
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"mau-nhap-thanh-vien.xlsx\"")
                .build();
    }

    /** Where the import stands, its counts and its first problems by row and column. */
    @GET
    @Path("{id}")
    public JsonObject find(@PathParam("id") Long id) {
        return json(imports.find(id));
    }

    @GET
    @Path("{id}/report")
    @Produces({XLSX, MediaType.WILDCARD})
    public Response report(@PathParam("id") Long id) {
        imports.find(id);
        Locale locale = RequestLocale.of(headers);
        StreamingOutput body = out -> imports.report(id, problem -> text(problem, locale), out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-nhap-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject commit(@PathParam("id") Long id, CommitRequest request) {
        bodies.valid(request);
        return json(imports.commit(id, Parse.constant(ImportMode.class, request.mode, "mode")));
    }

    private JsonObject json(ImportView view) {
        Locale locale = RequestLocale.of(headers);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ImportProblem problem : imports.problems(view.id(), SHOWN_PROBLEMS)) {
            JsonObjectBuilder error = Json.createObjectBuilder().add("row", problem.row());
            if (problem.column() != null) {
                error.add("column", problem.column());
            }
            errors.add(error.add("message", text(problem, locale)));
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", view.id())
                .add("fileName", view.fileName())
                .add("state", view.state().name())
                .add("total", view.total())
                .add("done", view.done())
                .add("checked", view.checked())
                .add("written", view.written())
                .add("valid", view.valid())
                .add("invalid", view.invalid())
                .add("created", view.created())
                .add("unchanged", view.unchanged())
                .add("errors", errors);
        if (view.failure() != null) {
            body.add("failure", DomainMessages.format(view.failure(), locale));
        }
        return body.build();
    }

    static String text(ImportProblem problem, Locale locale) {
        return DomainMessages.format(problem.messageKey(), locale, problem.arguments().toArray());
    }
}
