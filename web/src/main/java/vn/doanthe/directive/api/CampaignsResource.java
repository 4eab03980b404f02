package vn.doanthe.directive.api;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.doanthe.directive.boundary.AcknowledgementView;
import vn.doanthe.directive.boundary.CampaignCompletion;
import vn.doanthe.directive.boundary.CampaignProgress;
import vn.doanthe.directive.boundary.CampaignReports;
import vn.doanthe.directive.boundary.CampaignSessions;
import vn.doanthe.directive.boundary.CampaignView;
import vn.doanthe.directive.boundary.Campaigns;
import vn.doanthe.directive.boundary.NewCampaign;
import vn.doanthe.directive.boundary.NewReport;
import vn.doanthe.directive.boundary.NewSession;
import vn.doanthe.directive.boundary.OpinionDigest;
import vn.doanthe.directive.boundary.ReportView;
import vn.doanthe.directive.boundary.ReportsView;
import vn.doanthe.directive.boundary.SessionView;
import vn.doanthe.directive.entity.CampaignForm;
import vn.doanthe.directive.web.CampaignCompletionXlsx;
import vn.doanthe.directive.web.OpinionReport;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;
import vn.doanthe.platform.boundary.InvalidInput;

/** Dissemination campaigns over HTTP: issued, acknowledged by their branches, their sessions, their progress. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignSessions sessions;

    @Inject
    CampaignReports reports;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** The campaigns of a document, latest first. */
    @GET
    public List<CampaignView> ofDirective(@QueryParam("directiveId") Long directiveId) {
        if (directiveId == null) {
            throw new InvalidInput("directiveId", "validation.required");
        }
        return campaigns.ofDirective(directiveId);
    }

    @POST
    public Response issue(CampaignRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        LocalDate deadline = read.date(request.deadline, "deadline");
        LocalDate reportDue = read.date(request.reportDue, "reportDue");
        CampaignForm form = read.constant(CampaignForm.class, request.form, "form");
        read.read();
        CampaignView created = campaigns.issue(new NewCampaign(request.directiveId, request.summaryId, request.unit,
                request.organisations, deadline, reportDue, form));
        return Response.created(uri.getBaseUriBuilder().path("campaigns").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public CampaignView campaign(@PathParam("id") Long id) {
        return campaigns.find(id);
    }

    @POST
    @Path("{id}/acknowledgements")
    public Response acknowledge(@PathParam("id") Long id, AcknowledgementRequest request) {
        bodies.valid(request);
        AcknowledgementView made = campaigns.acknowledge(id, request.orgUnitId, request.summaryId);
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @GET
    @Path("{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") Long id) {
        return sessions.of(id);
    }

    @POST
    @Path("{id}/sessions")
    public Response record(@PathParam("id") Long id, SessionRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        LocalDate heldOn = read.date(request.heldOn, "heldOn");
        read.read();
        List<NewSession.Topic> opinions = request.opinions == null ? null : request.opinions.stream()
                .map(o -> o == null ? null : new NewSession.Topic(o.topic, o.text)).toList();
        SessionView recorded = sessions.record(id, new NewSession(request.orgUnitId, heldOn, request.presenter,
                request.attendees, request.othersPresent, request.questions, opinions));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    /** Targets, acknowledged, sessions held, members reached of members, overdue — under {@code unit} and each unit below. */
    @GET
    @Path("{id}/progress")
    public CampaignProgress progress(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        return campaigns.progress(id, unit);
    }

    /** Every level under {@code unit} down to the branches' units, as the tree view shows it. */
    @GET
    @Path("{id}/completion")
    public CampaignCompletion completion(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        return campaigns.completion(id, unit);
    }

    /** The same as the XLSX table a level sends up, headed in the reader's language. */
    @GET
    @Path("{id}/completion/xlsx")
    @Produces({CampaignCompletionXlsx.MEDIA_TYPE, MediaType.WILDCARD})
    public Response completionFile(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        CampaignCompletion completion = campaigns.completion(id, unit);
        Locale locale = RequestLocale.of(headers);
        return Downloads.file((StreamingOutput) out -> CampaignCompletionXlsx.write(completion, locale, out),
                CampaignCompletionXlsx.MEDIA_TYPE, CampaignCompletionXlsx.fileName(completion));
    }

    /** The members' opinions under {@code unit} by topic, headed by the campaign's figures there. */
    @GET
    @Path("{id}/opinions")
    public OpinionDigest opinions(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        return campaigns.opinions(id, unit);
    }

    /** The same as the XLSX table sent to the level above. */
    @GET
    @Path("{id}/opinions/xlsx")
    @Produces({OpinionReport.XLSX, MediaType.WILDCARD})
    public Response opinionsFile(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        OpinionDigest digest = campaigns.opinions(id, unit);
        Locale locale = RequestLocale.of(headers);
        return Downloads.file((StreamingOutput) out -> OpinionReport.xlsx(digest, locale, out), OpinionReport.XLSX,
                OpinionReport.fileName(digest, "xlsx"));
    }

    /** The same as the printed copy, A4. */
    @GET
    @Path("{id}/opinions/pdf")
    @Produces({OpinionReport.PDF, MediaType.WILDCARD})
    public Response opinionsPrint(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        OpinionDigest digest = campaigns.opinions(id, unit);
        return Downloads.file(OpinionReport.pdf(digest, RequestLocale.of(headers)), OpinionReport.PDF,
                OpinionReport.fileName(digest, "pdf"));
    }

    /** A level's consolidated report sent to the level above, once. */
    @POST
    @Path("{id}/reports")
    public Response report(@PathParam("id") Long id, ReportRequest request) {
        bodies.valid(request);
        ReportView sent = reports.submit(id, new NewReport(request.unit, request.note));
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }

    /** The reports seen from {@code unit}: its own and those of the levels directly below it, with their state. */
    @GET
    @Path("{id}/reports")
    public ReportsView reports(@PathParam("id") Long id, @QueryParam("unit") String unit) {
        return reports.reports(id, unit);
    }
}
