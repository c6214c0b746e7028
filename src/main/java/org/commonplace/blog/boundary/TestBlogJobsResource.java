package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.blog.control.ScheduledPublishing;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * Runs the scheduled publishing now, as the scheduler would (without waiting for the lease), so
 * that tests need not wait; beside the other jobs of /api/test/jobs/{job} (a longer literal path
 * wins). Exists only when commonplace.mode=test; 404 otherwise.
 */
@Path("api/test/jobs/blog-publishing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestBlogJobsResource {
    @Inject Settings settings;
    @Inject ScheduledPublishing publishing;

    @POST
    @Operation(hidden = true)
    public Map<String, Object> run() {
        if (!"test".equalsIgnoreCase(settings.mode())) throw new NotVisible("page");
        return Map.of("published", publishing.publishDue());
    }
}
