package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.meeting.boundary.MeetingStatistics;
import vn.doanthe.meeting.boundary.MeetingStats;

/** How branches kept their meeting schedule in a year, under a unit and each unit directly below it. */
@Path("stats/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingStatisticsResource {

    @Inject
    MeetingStatistics statistics;

    @GET
    public MeetingStats meetings(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                                 @QueryParam("year") Integer year) {
        return statistics.of(unit, organisation, year);
    }
}
