package vn.doanthe.cadre.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.boundary.HoldingEnd;
import vn.doanthe.cadre.boundary.HoldingView;
import vn.doanthe.cadre.boundary.NewHolding;
import vn.doanthe.cadre.boundary.PostHoldings;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestValues;

/** Who holds which post over HTTP: given, read, and ended. */
@Path("post-holdings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostHoldingsResource {

    @Inject
    PostHoldings holdings;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @POST
    public Response hold(HoldingRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        LocalDate from = read.date(request.from, "from");
        LocalDate to = read.date(request.to, "to");
        HoldingMode mode = read.constant(HoldingMode.class, request.mode, "mode");
        read.read();
        HoldingView created = holdings.hold(new NewHolding(request.personId, request.orgUnitId, request.post, from, to,
                mode, request.decision));
        return Response.created(uri.getBaseUriBuilder().path("post-holdings").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public HoldingView holding(@PathParam("id") Long id) {
        return holdings.find(id);
    }

    /** The posts a person has held and holds, in the units the caller sees, latest first. */
    @GET
    public List<HoldingView> holdingsOf(@QueryParam("personId") Long personId) {
        return holdings.ofPerson(personId);
    }

    @POST
    @Path("{id}/end")
    public HoldingView end(@PathParam("id") Long id, HoldingEndRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        LocalDate on = read.date(request.on, "on");
        read.read();
        return holdings.end(id, new HoldingEnd(on, request.reason));
    }
}
