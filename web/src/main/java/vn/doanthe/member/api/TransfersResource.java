package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.platform.api.Parse;

/** The receiving unit's side of a transfer of activity: accept or refuse. */
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @Inject
    Transfers transfers;

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
