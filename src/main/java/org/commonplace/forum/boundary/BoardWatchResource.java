package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.Watching;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Following a whole board: be told of every new thread. */
@Path("api/v1/boards/{id}/watch")
@RequestScoped
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class BoardWatchResource {
    public record WatchLevel(String level) { }

    @Inject CurrentViewer currentViewer;
    @Inject Watching watching;

    @GET
    @Operation(summary = "The caller's level for the board (TRACK when never chosen)")
    public Map<String, String> level(@PathParam("id") long boardId) {
        return Map.of("level", watching.boardLevel(currentViewer.get(), boardId).name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{level: WATCH (notify me of new threads) | TRACK | MUTE}")
    public Map<String, String> watch(@PathParam("id") long boardId, WatchLevel body) {
        Bodies.required(body, "{\"level\"}");
        return Map.of("level", watching.watchBoard(currentViewer.get(), boardId, body.level()).name());
    }
}
