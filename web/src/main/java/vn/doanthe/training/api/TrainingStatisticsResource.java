package vn.doanthe.training.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.training.boundary.Coverage;
import vn.doanthe.training.boundary.CoverageQuery;
import vn.doanthe.training.boundary.TrainingCoverage;

/** Training coverage over HTTP: of the holders of a post in a territory, how many were trained in a year. */
@Path("stats/training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingStatisticsResource {

    @Inject
    TrainingCoverage coverage;

    @GET
    public Coverage coverage(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                             @QueryParam("post") String post, @QueryParam("year") Integer year) {
        return coverage.coverage(new CoverageQuery(unit, organisation, post, year));
    }
}
