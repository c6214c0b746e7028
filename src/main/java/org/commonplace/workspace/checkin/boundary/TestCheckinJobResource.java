package org.commonplace.workspace.checkin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.workspace.checkin.control.CheckinReminderJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** Runs the check-in reminder job now (test mode only; 404 otherwise), so tests move the clock instead of waiting. */
@Path("api/test/jobs/checkin-reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestCheckinJobResource {
    @Inject Settings settings;
    @Inject CheckinReminderJob job;

    @POST
    @Operation(hidden = true)
    public Map<String, Object> run() {
        if (!"test".equalsIgnoreCase(settings.mode())) throw new NotVisible("page");
        return Map.of("reminders", job.runNow());
    }
}
