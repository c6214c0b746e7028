package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.ForumViews;
import org.commonplace.forum.control.Threads;
import org.commonplace.platform.web.Bodies;
import org.commonplace.platform.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;

/** Threads of a board. */
@Path("api/v1/boards/{id}/threads")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class BoardThreadsResource {
    @Inject CurrentViewer currentViewer;
    @Inject Threads threads;

    @GET
    @Operation(summary = "Threads of the board, pinned first, then newest activity first (paged)")
    public ForumViews.Page<ForumViews.ThreadSummary> list(@PathParam("id") long boardId, @BeanParam Paging paging) {
        return threads.of(currentViewer.get(), boardId, paging.page(), paging.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a thread: {title (≤200), body (Markdown, ≤50,000), kind: DISCUSSION|PAIN_POINT, tags: [≤10]}")
    public Response start(@PathParam("id") long boardId, Threads.NewThread body) {
        Bodies.required(body, "{\"title\",\"body\",\"kind\",\"tags\"}");
        long id = threads.start(currentViewer.get(), boardId, body);
        return Response.created(URI.create("/api/v1/threads/" + id)).entity(Map.of("id", id)).build();
    }
}
