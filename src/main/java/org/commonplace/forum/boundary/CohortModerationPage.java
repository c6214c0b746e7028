package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.forum.control.Moderation;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** The cohort's review queue of flagged posts, and its moderation log. */
@Path("cohorts/{id}/moderation")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class CohortModerationPage {
    @Inject CurrentViewer currentViewer;
    @Inject Moderation moderation;
    @Inject Cohorts cohorts;

    @GET
    @Operation(hidden = true)
    public View queue(@PathParam("id") long cohortId) {
        return new View("moderation", Map.of(
                "flags", moderation.openFlags(currentViewer.get(), cohortId),
                "log", moderation.log(currentViewer.get(), cohortId),
                "cohort", cohorts.detail(currentViewer.get(), cohortId).cohort()));
    }
}
