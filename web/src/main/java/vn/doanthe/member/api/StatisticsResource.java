package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.boundary.InvalidInput;

/** Exact member counts of a territorial unit on a day. */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    MemberStatistics statistics;

    @GET
    @Path("members")
    public MemberCounts members(@QueryParam("unit") String unit, @QueryParam("asOf") String asOf) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInput("unit", "validation.required");
        }
        return statistics.members(unit.trim(), Parse.date(asOf, "asOf"));
    }
}
