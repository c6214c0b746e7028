package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.Boards;
import org.commonplace.forum.control.ForumViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** A cohort's boards. */
@Path("api/v1/cohorts/{id}/boards")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CohortBoardsResource {
    @Inject CurrentViewer currentViewer;
    @Inject Boards boards;

    @GET
    @Operation(summary = "The cohort's boards with thread counts (cohort members and coordinators; 404 for others)")
    public Map<String, List<ForumViews.BoardView>> list(@PathParam("id") long cohortId) {
        return Map.of("items", boards.of(currentViewer.get(), cohortId));
    }
}
