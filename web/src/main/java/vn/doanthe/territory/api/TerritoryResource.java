package vn.doanthe.territory.api;

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
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.NewHamlet;
import vn.doanthe.territory.boundary.UnitHistory;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnitType;

/** The territory register over HTTP: find units as of any day, add hamlets, rename, merge. */
@Path("territory/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerritoryResource {

    @Inject
    AdminUnits units;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Page<AdminUnitView> search(@QueryParam("q") String q, @QueryParam("level") String level,
                                      @QueryParam("parent") String parent, @QueryParam("asOf") String asOf,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return units.search(q, Parse.constant(AdminLevel.class, level, "level"), parent, Parse.date(asOf, "asOf"),
                PageRequest.of(page, size, 50));
    }

    @GET
    @Path("{code}")
    public AdminUnitView find(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return units.find(code, Parse.date(asOf, "asOf"));
    }

    @GET
    @Path("{code}/history")
    public UnitHistory history(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return units.history(code, Parse.date(asOf, "asOf"));
    }

    @GET
    @Path("{code}/children")
    public List<AdminUnitView> children(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        AdminUnitView parent = units.find(code, Parse.date(asOf, "asOf"));
        return units.children(parent.id(), Parse.date(asOf, "asOf"));
    }

    /** Adds a hamlet under a commune: {@code name}, {@code level} (HAMLET), {@code type}, {@code parentCode}. */
    @POST
    public Response addHamlet(HamletRequest request) {
        bodies.valid(request);
        AdminLevel level = Parse.constant(AdminLevel.class, request.level, "level");
        if (level != null && level != AdminLevel.HAMLET) {
            throw new InvalidInput("level", "territory.error.onlyHamlets");
        }
        AdminUnitView created = units.addHamlet(new NewHamlet(request.parentCode, request.name,
                Parse.constant(AdminUnitType.class, request.type, "type"), request.code,
                Parse.date(request.validFrom, "validFrom")));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @POST
    @Path("{code}/rename")
    public AdminUnitView rename(@PathParam("code") String code, RenameRequest request) {
        bodies.valid(request);
        return units.rename(code, request.name, Parse.date(request.effectiveOn, "effectiveOn"), request.reason);
    }

    @POST
    @Path("merge")
    public AdminUnitView merge(MergeRequest request) {
        bodies.valid(request);
        return units.merge(request.mergedCodes, request.successorCode,
                Parse.date(request.effectiveOn, "effectiveOn"), request.reason);
    }
}
