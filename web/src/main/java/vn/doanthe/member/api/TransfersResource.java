package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.member.boundary.TransferEntry;
import vn.doanthe.member.boundary.TransferQuery;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;

/** Transfers of activity: the lists of the sending and receiving units, and the receiving unit's accept or refuse. */
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @Inject
    Transfers transfers;

    /** The transfers the caller's units send and receive, pending first: {@code direction} SENT or RECEIVED, {@code status}. */
    @GET
    public Page<TransferEntry> list(@QueryParam("direction") String direction, @QueryParam("status") String status,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return transfers.list(new TransferQuery(Parse.constant(TransferQuery.Direction.class, direction, "direction"),
                Parse.constant(Transfer.Status.class, status, "status")), PageRequest.of(page, size, 50));
    }

    @GET
    @Path("{id}")
    public TransferView find(@PathParam("id") Long id) {
        return transfers.find(id);
    }

    @POST
    @Path("{id}/accept")
    public TransferView accept(@PathParam("id") Long id, DecisionRequest request) {
        DecisionRequest decision = request == null ? new DecisionRequest() : request;
        return transfers.accept(id, Parse.date(decision.day, "day"), decision.reason);
    }

    @POST
    @Path("{id}/refuse")
    public TransferView refuse(@PathParam("id") Long id, DecisionRequest request) {
        DecisionRequest decision = request == null ? new DecisionRequest() : request;
        return transfers.refuse(id, Parse.date(decision.day, "day"), decision.reason);
    }
}
