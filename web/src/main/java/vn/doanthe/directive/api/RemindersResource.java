package vn.doanthe.directive.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.doanthe.directive.boundary.CampaignReminders;
import vn.doanthe.directive.boundary.ReminderRun;
import vn.doanthe.directive.boundary.ReminderView;
import vn.doanthe.platform.boundary.Page;

/** Campaign reminders over HTTP: those addressed to units in the caller's scope, and a round run now. */
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

    @Inject
    CampaignReminders reminders;

    /** {@code unit}: a territorial code in scope; {@code open=true}: only branches that have held no session since. */
    @GET
    public Page<ReminderView> list(@QueryParam("unit") String unit, @QueryParam("open") @DefaultValue("false") boolean open) {
        return reminders.list(unit, open);
    }

    /** Writes the reminders due now, as every instance's hourly timer does; ADMIN of the whole installation. */
    @POST
    @Path("run")
    public ReminderRun run() {
        return reminders.run();
    }
}
