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

    public record NewBoard(String name, String description) { }

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a board to the cohort (coordinators): {name (≤100), description? (≤500)}")
    public jakarta.ws.rs.core.Response create(@PathParam("id") long cohortId, NewBoard body) {
        org.commonplace.platform.web.Bodies.required(body, "{\"name\",\"description\"}");
        long id = boards.create(currentViewer.get(), cohortId, body.name(), body.description());
        return jakarta.ws.rs.core.Response.created(java.net.URI.create("/api/v1/boards/" + id + "/threads"))
                .entity(Map.of("id", id)).build();
    }

    @GET
    @Operation(summary = "The cohort's boards with thread counts (cohort members and coordinators; 404 for others)")
    public Map<String, List<ForumViews.BoardView>> list(@PathParam("id") long cohortId) {
        return Map.of("items", boards.of(currentViewer.get(), cohortId));
    }
}
