package vn.doanthe.organisation.api;

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
import vn.doanthe.organisation.boundary.NewOrgUnit;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;

/** Organisation units: the unit on a territorial unit and everything below it; open, rename, close. */
@Path("org-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    @Inject
    OrgUnits orgUnits;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Page<OrgUnitView> search(@QueryParam("organisation") String organisation,
                                    @QueryParam("adminUnit") String adminUnit, @QueryParam("q") String q,
                                    @QueryParam("includeClosed") boolean includeClosed,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return orgUnits.search(organisation, adminUnit, q, includeClosed, PageRequest.of(page, size, 50));
    }

    @GET
    @Path("{id}")
    public OrgUnitView find(@PathParam("id") Long id) {
        return orgUnits.find(id);
    }

    @GET
    @Path("{id}/children")
    public List<OrgUnitView> children(@PathParam("id") Long id) {
        orgUnits.find(id);
        return orgUnits.children(id);
    }

    @POST
    public Response create(OrgUnitRequest request) {
        bodies.valid(request);
        OrgUnitView created = orgUnits.create(new NewOrgUnit(request.organisationCode, request.type,
                request.parentId, request.adminUnitCode, request.name,
                Parse.date(request.establishedOn, "establishedOn")));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/rename")
    public OrgUnitView rename(@PathParam("id") Long id, NameRequest request) {
        bodies.valid(request);
        return orgUnits.rename(id, request.name);
    }

    @POST
    @Path("{id}/close")
    public OrgUnitView close(@PathParam("id") Long id, CloseRequest request) {
        bodies.valid(request);
        return orgUnits.close(id, Parse.date(request.day, "day"), request.reason);
    }
}
