package vn.doanthe.directive.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.doanthe.directive.boundary.NewSummary;
import vn.doanthe.directive.boundary.Summaries;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.platform.api.RequestBodies;

/** Summaries for members over HTTP: read, changed (an approved one: as its next version), sent for review, approved. */
@Path("summaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SummariesResource {

    @Inject
    Summaries summaries;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public SummaryView summary(@PathParam("id") Long id) {
        return summaries.find(id);
    }

    /** 200 with the draft changed in place; 201 with the next version when the summary was approved. */
    @PUT
    @Path("{id}")
    public Response revise(@PathParam("id") Long id, SummaryRequest request) {
        bodies.valid(request);
        Summaries.Revised revised = summaries.revise(id, new NewSummary(request.text, request.outline, null,
                request.hash));
        if (!revised.created()) {
            return Response.ok(revised.summary()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("summaries").path(revised.summary().id().toString())
                .build()).entity(revised.summary()).build();
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    public SummaryView submit(@PathParam("id") Long id) {
        return summaries.submit(id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.WILDCARD)
    public SummaryView approve(@PathParam("id") Long id) {
        return summaries.approve(id);
    }
}
