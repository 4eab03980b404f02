package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.doanthe.meeting.boundary.MeetingRuleView;
import vn.doanthe.meeting.boundary.MeetingRules;
import vn.doanthe.meeting.boundary.RuleChange;
import vn.doanthe.meeting.entity.Cadence;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestValues;

/** How often each type of unit meets, and the share of members a meeting needs. */
@Path("meeting-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingRulesResource {

    @Inject
    MeetingRules rules;

    @Inject
    RequestBodies bodies;

    @GET
    public List<MeetingRuleView> rules(@QueryParam("organisation") String organisation) {
        return rules.of(organisation);
    }

    @PUT
    @Path("{id}")
    public MeetingRuleView change(@PathParam("id") Long id, RuleRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        Cadence cadence = read.constant(Cadence.class, request.cadence, "cadence");
        read.read();
        return rules.change(id, new RuleChange(cadence, request.fixedDay, request.minAttendance, request.version));
    }
}
