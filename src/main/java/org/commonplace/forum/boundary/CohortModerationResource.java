package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.Moderation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** A cohort's review queue and moderation log (coordinators and the cohort's mentors). */
@Path("api/v1/cohorts/{id}/moderation")
@RequestScoped
@Tag(name = "Moderation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CohortModerationResource {
    @Inject CurrentViewer currentViewer;
    @Inject Moderation moderation;

    @GET
    @Path("flags")
    @Operation(summary = "Open flags, oldest first")
    public Map<String, List<Moderation.OpenFlag>> flags(@PathParam("id") long cohortId) {
        return Map.of("items", moderation.openFlags(currentViewer.get(), cohortId));
    }

    @GET
    @Path("log")
    @Operation(summary = "Every moderation action with who, when and why, newest first (last 200)")
    public Map<String, List<Moderation.LogEntry>> log(@PathParam("id") long cohortId) {
        return Map.of("items", moderation.log(currentViewer.get(), cohortId));
    }
}
