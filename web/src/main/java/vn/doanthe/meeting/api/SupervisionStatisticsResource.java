package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.doanthe.meeting.boundary.SupervisionView;
import vn.doanthe.meeting.boundary.Supervisions;

/** Who supervised how many meetings of the year under a unit, against what the regulation requires. */
@Path("stats/supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionStatisticsResource {

    @Inject
    Supervisions supervisions;

    /** The assignments of a year under a unit, each with the meetings attended; those behind first. */
    @GET
    public Map<String, List<SupervisionView>> report(@QueryParam("unit") String unit, @QueryParam("year") Integer year) {
        return Map.of("items", supervisions.report(unit, year));
    }
}
