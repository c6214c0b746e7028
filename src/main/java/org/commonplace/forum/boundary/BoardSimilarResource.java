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
import org.commonplace.forum.control.SimilarThreads;
import org.commonplace.platform.problem.Invalid;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** "Search before you post": threads of the board's cohort with titles like the one being typed. */
@Path("api/v1/boards/{id}/similar")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class BoardSimilarResource {
    @Inject CurrentViewer currentViewer;
    @Inject SimilarThreads similar;

    @GET
    @Operation(summary = "Up to 5 threads of the cohort whose titles share words with ?title=")
    public Map<String, List<SimilarThreads.Similar>> similar(@PathParam("id") long boardId, @QueryParam("title") String title) {
        if (title != null && title.length() > 200) throw Invalid.field("title", "Keep the title under 200 characters.");
        return Map.of("items", similar.to(currentViewer.get(), boardId, title));
    }
}
