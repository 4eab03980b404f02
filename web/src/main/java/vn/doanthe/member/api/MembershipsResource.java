package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.doanthe.member.boundary.MembershipView;
import vn.doanthe.member.boundary.Memberships;
import vn.doanthe.member.boundary.NewMembership;
import vn.doanthe.member.boundary.NewTransfer;
import vn.doanthe.member.boundary.StatusChange;
import vn.doanthe.member.boundary.TransferDestination;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.member.entity.MemberRole;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;

/** Memberships over HTTP: a person joins a unit; their status changes, dated. */
@Path("memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipsResource {

    @Inject
    Memberships memberships;

    @Inject
    Transfers transfers;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public MembershipView find(@PathParam("id") Long id) {
        return memberships.find(id);
    }

    @POST
    public Response enrol(MembershipRequest request) {
        bodies.valid(request);
        MembershipView created = memberships.enrol(new NewMembership(request.personId, request.orgUnitId,
                request.organisationCode, request.memberNumber, Parse.date(request.joinedOn, "joinedOn"),
                Parse.constant(MemberRole.class, request.role, "role")));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    /** The sending unit issues a transfer of activity; the member moves when the receiving unit accepts. */
    @POST
    @Path("{id}/transfer")
    public Response transfer(@PathParam("id") Long id, TransferRequest request) {
        bodies.valid(request);
        TransferView issued = transfers.issue(id, new NewTransfer(request.toOrgUnitId, Parse.date(request.day, "day"),
                request.reason));
        return Response.created(uri.getBaseUriBuilder().path("transfers").path(issued.id().toString()).build())
                .entity(issued).build();
    }

    /** Units the member may be transferred to, anywhere in the province: name and territory only. */
    @GET
    @Path("{id}/destinations")
    public List<TransferDestination> destinations(@PathParam("id") Long id, @QueryParam("q") String q) {
        return transfers.destinations(id, q);
    }

    @POST
    @Path("{id}/status")
    public MembershipView changeStatus(@PathParam("id") Long id, StatusRequest request) {
        bodies.valid(request);
        return memberships.changeStatus(id, new StatusChange(Parse.constant(MembershipStatus.class, request.status, "status"),
                Parse.date(request.day, "day"), request.awayPlace, request.awayContact, request.reason));
    }
}
