package org.commonplace.notify.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.notify.control.Notifications;
import org.commonplace.notify.control.ReplyByMail;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * Runs a scheduled job now, so that tests need not wait for its schedule. Exists only when
 * commonplace.mode=test; 404 otherwise.
 */
@Path("api/test/jobs/{job}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestJobsResource {
    @Inject Settings settings;
    @Inject Notifications notifications;
    @Inject ReplyByMail replyByMail;

    @POST
    @Operation(hidden = true)
    public Map<String, Object> run(@PathParam("job") String job) {
        if (!"test".equalsIgnoreCase(settings.mode())) throw new NotVisible("page");
        return switch (job) {
            case "digest" -> Map.of("mails", notifications.sendDigests());
            case "reply-by-mail" -> Map.of("handled", replyByMail.pollNow());
            default -> throw new NotVisible("job");
        };
    }
}
