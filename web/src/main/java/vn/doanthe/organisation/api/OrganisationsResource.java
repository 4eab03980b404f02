package vn.doanthe.organisation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.doanthe.organisation.boundary.NewOrganisation;
import vn.doanthe.organisation.boundary.NewUnitType;
import vn.doanthe.organisation.boundary.OrgUnitTypeView;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.territory.entity.AdminLevel;

/** The catalogue of organisations and their unit types. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public List<OrganisationView> all() {
        return organisations.all();
    }

    @GET
    @Path("{code}")
    public OrganisationView find(@PathParam("code") String code) {
        return organisations.find(code);
    }

    @GET
    @Path("{code}/unit-types")
    public List<OrgUnitTypeView> unitTypes(@PathParam("code") String code) {
        return organisations.unitTypes(code);
    }

    @POST
    public Response create(OrganisationRequest request) {
        bodies.valid(request);
        OrganisationView created = organisations.create(new NewOrganisation(request.code, request.name,
                request.shortName, request.memberTitle, request.meetingIntervalMonths));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @POST
    @Path("{code}/unit-types")
    public Response addUnitType(@PathParam("code") String code, UnitTypeRequest request) {
        bodies.valid(request);
        OrgUnitTypeView created = organisations.addUnitType(code, new NewUnitType(request.code, request.name,
                request.rank, Parse.constant(AdminLevel.class, request.adminLevel, "adminLevel")));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
