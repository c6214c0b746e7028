package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.ForumViews;
import org.commonplace.forum.control.PainPoints;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** A cohort's pain points, ranked by the number of organisations affected. */
@Path("api/v1/cohorts/{id}/pain-points")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CohortPainPointsResource {
    @Inject CurrentViewer currentViewer;
    @Inject PainPoints painPoints;

    @GET
    @Operation(summary = "Pain points ranked by organisations affected, then recent activity; filter by tag and status")
    public Map<String, Object> ranked(@PathParam("id") long cohortId, @QueryParam("tag") String tag,
                                      @QueryParam("status") String status) {
        List<ForumViews.ThreadSummary> items = painPoints.ranked(currentViewer.get(), cohortId, tag, status);
        return Map.of("items", items, "total", items.size());
    }
}
