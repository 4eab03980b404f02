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
import vn.doanthe.meeting.boundary.SupervisionView;
import vn.doanthe.meeting.boundary.Supervisions;
import vn.doanthe.meeting.web.SupervisionSheet;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.control.VietnamTime;

/** Who supervised how many meetings of the year under a unit, against what the regulation requires. */
@Path("stats/supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionStatisticsResource {

    @Inject
    Supervisions supervisions;

    @Context
    HttpHeaders headers;

    /** The assignments of a year under a unit, each with the meetings attended; those behind first. */
    @GET
    public Map<String, List<SupervisionView>> report(@QueryParam("unit") String unit, @QueryParam("year") Integer year) {
        return Map.of("items", supervisions.report(unit, year));
    }

    /** The same as a spreadsheet, in the reader's language. */
    @GET
    @Path("xlsx")
    @Produces({Downloads.XLSX, MediaType.WILDCARD})
    public Response sheet(@QueryParam("unit") String unit, @QueryParam("year") Integer year) {
        List<SupervisionView> report = supervisions.report(unit, year);
        Locale locale = RequestLocale.of(headers);
        int shown = year == null ? VietnamTime.today().getYear() : year;
        return Downloads.file((StreamingOutput) out -> SupervisionSheet.write(report, locale, out), Downloads.XLSX,
                SupervisionSheet.fileName(unit, shown));
    }
}
