package vn.doanthe.training.api;

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
import java.util.List;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.training.boundary.NewPlan;
import vn.doanthe.training.boundary.PlanView;
import vn.doanthe.training.boundary.TrainingPlans;

/** Yearly training plans over HTTP, each with how far its courses have come. */
@Path("training-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingPlansResource {

    @Inject
    TrainingPlans plans;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    /** The plans of a year (this year by default) the caller sees. */
    @GET
    public List<PlanView> plans(@QueryParam("year") Integer year, @QueryParam("organisation") String organisation) {
        return plans.list(year, organisation);
    }

    @GET
    @Path("{id}")
    public PlanView plan(@PathParam("id") Long id) {
        return plans.find(id);
    }

    @POST
    public Response create(PlanRequest request) {
        bodies.valid(request);
        PlanView created = plans.create(new NewPlan(request.organiserUnitId, request.organisation, request.year,
                request.title, request.decision, request.plannedCourses, request.plannedTrainees));
        return Response.created(uri.getBaseUriBuilder().path("training-plans").path(created.id().toString()).build())
                .entity(created).build();
    }
}
