package org.commonplace.platform.time;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;
import java.util.Map;

/** Moves the application clock forward. Exists only when commonplace.mode=test; 404 otherwise. */
@Path("api/test/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {
    public record Advance(long seconds) { }

    @Inject AppClock clock;
    @Inject Settings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, String> advance(Advance advance) {
        requireTestMode();
        clock.advance(Duration.ofSeconds(advance.seconds()));
        return Map.of("now", clock.now().toString());
    }

    @DELETE
    @Operation(hidden = true)
    public Map<String, String> reset() {
        requireTestMode();
        clock.reset();
        return Map.of("now", clock.now().toString());
    }

    private void requireTestMode() {
        if (!"test".equalsIgnoreCase(settings.mode())) throw new NotVisible("page");
    }
}
