package vn.doanthe.cadre.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.doanthe.cadre.boundary.CadreQuery;
import vn.doanthe.cadre.boundary.CadreView;
import vn.doanthe.cadre.boundary.Cadres;
import vn.doanthe.cadre.boundary.Succession;
import vn.doanthe.cadre.boundary.SuccessionItem;
import vn.doanthe.cadre.boundary.SuccessionQuery;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;

/** The cadres of a territory on a day, and where successors are missing, over HTTP. */
@Path("cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadresResource {

    @Inject
    Cadres cadres;

    @Inject
    Succession succession;

    @GET
    public Page<CadreView> cadres(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                                  @QueryParam("post") String post, @QueryParam("asOf") String asOf,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cadres.list(new CadreQuery(unit, organisation, post, Parse.date(asOf, "asOf")),
                PageRequest.of(page, size, 50));
    }

    @GET
    @Path("succession")
    public Map<String, List<SuccessionItem>> succession(@QueryParam("unit") String unit,
                                                        @QueryParam("organisation") String organisation,
                                                        @QueryParam("headAge") Integer headAge,
                                                        @QueryParam("deputyAge") Integer deputyAge,
                                                        @QueryParam("actingMonths") Integer actingMonths,
                                                        @QueryParam("termMonths") Integer termMonths,
                                                        @QueryParam("asOf") String asOf) {
        return Map.of("items", succession.report(new SuccessionQuery(unit, organisation, headAge, deputyAge,
                actingMonths, termMonths, Parse.date(asOf, "asOf"))));
    }
}
