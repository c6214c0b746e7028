package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.PainPoints;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Pain points across every cohort, for mentors and coordinators. */
@Path("api/v1/pain-points")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PainPointsAcrossResource {
    @Inject CurrentViewer currentViewer;
    @Inject PainPoints painPoints;

    @GET
    @Operation(summary = "Every cohort's pain points (mentors, coordinators): titles, status, tags, organisations affected "
            + "— named only where the organisation agreed, otherwise \"a partner in Cohort B\"; no thread text")
    public Map<String, Object> across(@QueryParam("tag") String tag, @QueryParam("status") String status) {
        List<PainPoints.AcrossCohorts> items = painPoints.acrossCohorts(currentViewer.get(), tag, status);
        return Map.of("items", items, "total", items.size());
    }
}
