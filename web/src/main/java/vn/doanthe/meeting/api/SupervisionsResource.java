package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.doanthe.meeting.boundary.NewSupervision;
import vn.doanthe.meeting.boundary.SupervisionView;
import vn.doanthe.meeting.boundary.Supervisions;
import vn.doanthe.platform.api.RequestBodies;

/** Upper-level cadres assigned to supervise the branches at or below a unit for a year. */
@Path("supervisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionsResource {

    @Inject
    Supervisions supervisions;

    @Inject
    RequestBodies bodies;

    @POST
    public Response assign(SupervisionRequest request) {
        bodies.valid(request);
        SupervisionView assigned = supervisions.assign(new NewSupervision(request.personId, request.orgUnitId,
                request.year, request.required));
        return Response.status(Response.Status.CREATED).entity(assigned).build();
    }
}
