package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.ForumViews;
import org.commonplace.forum.control.PainPoints;
import org.commonplace.forum.control.Replies;
import org.commonplace.forum.control.Threads;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** One thread: read it, reply, endorse a pain point, change its status. */
@Path("api/v1/threads/{id}")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {
    public record NewPost(String body, Long replyTo) { }
    public record StatusChange(String status) { }
    public record Answer(Long postId) { }
    public record ThreadAction(String action, Long boardId, String reason) { }
    public record WatchLevel(String level) { }

    @Inject CurrentViewer currentViewer;
    @Inject Threads threads;
    @Inject Replies replies;
    @Inject PainPoints painPoints;
    @Inject org.commonplace.forum.control.Reactions reactions;
    @Inject org.commonplace.forum.control.Moderation moderation;
    @Inject org.commonplace.forum.control.Watching watching;

    @GET
    @Operation(summary = "The thread with one page of its posts (?page, ?size up to 200; default 50)")
    public ForumViews.ThreadDetail show(@PathParam("id") long id, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? Threads.POSTS_PER_PAGE : Math.min(size, Threads.MAX_POSTS_PER_PAGE);
        if (p < 1 || p > org.commonplace.platform.web.Paging.MAX_PAGE) throw Invalid.field("page", "Pages are numbered from 1 to " + org.commonplace.platform.web.Paging.MAX_PAGE + ".");
        if (s < 1) throw Invalid.field("size", "The page size is at least 1.");
        return threads.show(currentViewer.get(), id, p, s);
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply: {body (Markdown, ≤50,000), replyTo? (a post id of this thread)}; 409 if the thread is locked")
    public Response reply(@PathParam("id") long id, NewPost body) {
        Bodies.required(body, "{\"body\",\"replyTo\"?}");
        Replies.Posted posted = replies.reply(currentViewer.get(), id, body.body(), body.replyTo());
        return Response.created(URI.create("/api/v1/threads/" + id + "?page="
                + ((posted.position() - 1) / Threads.POSTS_PER_PAGE + 1) + "#post-" + posted.position())).entity(posted).build();
    }

    @POST
    @Path("endorsements")
    @Operation(summary = "\"We have this problem too\" for the caller's organisation; answers the number of distinct organisations")
    public ForumViews.Endorsements endorse(@PathParam("id") long id) {
        return painPoints.endorse(currentViewer.get(), id);
    }

    @DELETE
    @Path("endorsements")
    @Operation(summary = "Withdraw the caller's endorsement")
    public ForumViews.Endorsements withdraw(@PathParam("id") long id) {
        return painPoints.withdraw(currentViewer.get(), id);
    }

    @PUT
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a pain point's status: OPEN, BEING_WORKED_ON, WORKAROUND_FOUND, SOLVED")
    public Response status(@PathParam("id") long id, StatusChange body) {
        Bodies.required(body, "{\"status\"}");
        threads.changeStatus(currentViewer.get(), id, body.status());
        return Response.noContent().build();
    }

    @PUT
    @Path("answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the reply that solved the thread: {postId} (the thread's author or the cohort's moderators)")
    public Response markAnswer(@PathParam("id") long id, Answer body) {
        Bodies.required(body, "{\"postId\"}");
        if (body.postId() == null) throw Invalid.field("postId", "Name the reply that solved the thread.");
        reactions.markAnswer(currentViewer.get(), id, body.postId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("answer")
    @Operation(summary = "Unmark the answer")
    public Response clearAnswer(@PathParam("id") long id) {
        reactions.markAnswer(currentViewer.get(), id, null);
        return Response.noContent().build();
    }

    @POST
    @Path("moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moderate the thread: {action: PIN|UNPIN|LOCK|UNLOCK|HIDE|UNHIDE|MOVE, boardId? (MOVE, same cohort), "
            + "reason}; coordinators and the cohort's mentors; logged")
    public Response moderate(@PathParam("id") long id, ThreadAction body) {
        Bodies.required(body, "{\"action\",\"reason\",\"boardId\"?}");
        moderation.moderateThread(currentViewer.get(), id, body.action(), body.boardId(), body.reason());
        return Response.noContent().build();
    }

    @PUT
    @Path("watch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow the thread: {level: WATCH (notify me of every post) | TRACK (unread markers only) | MUTE (nothing)}")
    public java.util.Map<String, String> watch(@PathParam("id") long id, WatchLevel body) {
        Bodies.required(body, "{\"level\"}");
        return java.util.Map.of("level", watching.watchThread(currentViewer.get(), id, body.level()).name());
    }
}
