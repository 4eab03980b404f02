package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.doanthe.meeting.boundary.MeetingStatistics;
import vn.doanthe.meeting.boundary.MeetingStats;
import vn.doanthe.meeting.boundary.MeetingYearReport;
import vn.doanthe.meeting.boundary.MissingMeetings;
import vn.doanthe.meeting.web.MeetingStatsSheet;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.control.VietnamTime;

/** How branches kept their meeting schedule in a year, under a unit and each unit directly below it. */
@Path("stats/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingStatisticsResource {

    @Inject
    MeetingStatistics statistics;

    @Context
    HttpHeaders headers;

    @GET
    public MeetingStats meetings(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                                 @QueryParam("year") Integer year) {
        return statistics.of(unit, organisation, year);
    }

    /** The figures and the branches that missed periods, as the report a level sends up (XLSX). */
    @GET
    @Path("xlsx")
    @Produces({MeetingStatsSheet.XLSX, MediaType.WILDCARD})
    public Response sheet(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                          @QueryParam("year") Integer year) {
        MeetingYearReport report = statistics.report(unit, organisation, year);
        int shown = year == null ? VietnamTime.today().getYear() : year;
        Locale locale = RequestLocale.of(headers);
        return Downloads.file((StreamingOutput) out -> MeetingStatsSheet.write(report, locale, out), Downloads.XLSX,
                MeetingStatsSheet.fileName(report.figures(), shown));
    }

    /** The branches under the unit that missed a period of their cadence in the year, most missed first. */
    @GET
    @Path("missing")
    public Map<String, List<MissingMeetings>> missing(@QueryParam("unit") String unit,
                                                      @QueryParam("organisation") String organisation,
                                                      @QueryParam("year") Integer year) {
        return Map.of("items", statistics.missing(unit, organisation, year));
    }
}
