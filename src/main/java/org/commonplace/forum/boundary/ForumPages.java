package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.forum.control.ForumInput;
import org.commonplace.forum.control.ForumViews;
import org.commonplace.forum.control.PainPoints;
import org.commonplace.forum.control.Replies;
import org.commonplace.forum.control.Threads;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Board and thread pages: read, start a thread, reply, endorse, change a pain point's status. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ForumPages {
    private static final int THREADS_PER_PAGE = 25;

    @Inject CurrentViewer currentViewer;
    @Inject Threads threads;
    @Inject Replies replies;
    @Inject PainPoints painPoints;
    @Inject org.commonplace.forum.control.Boards boards;
    @Inject org.commonplace.forum.control.Watching watching;

    @GET
    @Path("boards/{id}")
    @Operation(hidden = true)
    public View board(@PathParam("id") long boardId, @QueryParam("page") Integer page) {
        return boardPage(boardId, page == null || page < 1 ? 1 : Math.min(page, org.commonplace.platform.web.Paging.MAX_PAGE), Map.of());
    }

    @POST
    @Path("boards/{id}/threads")
    @Operation(hidden = true)
    public Response startThread(@PathParam("id") long boardId, @FormParam("title") String title, @FormParam("body") String body,
                                @FormParam("kind") String kind, @FormParam("tags") String tags) {
        try {
            long id = threads.start(currentViewer.get(), boardId,
                    new Threads.NewThread(title, body, kind, ForumInput.splitTags(tags)));
            return Response.seeOther(URI.create("/threads/" + id)).build();
        } catch (ProblemException problem) {
            if (problem.status() != 422 && problem.status() != 429) throw problem;
            Map<String, Object> form = new HashMap<>();
            form.put("title", title);
            form.put("body", body);
            form.put("kind", kind);
            form.put("tags", tags);
            var errors = problem.fieldErrors().isEmpty()
                    ? List.of(new org.commonplace.platform.problem.Problem.FieldError("body", problem.detail())) : problem.fieldErrors();
            return withRetryAfter(Response.status(problem.status()), problem)
                    .entity(boardPage(boardId, 1, Map.of("errors", errors, "form", form))).build();
        }
    }

    @GET
    @Path("threads/{id}")
    @Operation(hidden = true)
    public View thread(@PathParam("id") long threadId, @QueryParam("page") Integer page, @QueryParam("replyTo") Long replyTo) {
        Map<String, Object> extra = new HashMap<>();
        if (replyTo != null) extra.put("replyTo", replyTo);
        return threadPage(threadId, page == null || page < 1 ? 1 : Math.min(page, org.commonplace.platform.web.Paging.MAX_PAGE), extra);
    }

    @GET
    @Path("threads/{id}/unread")
    @Operation(hidden = true)
    public Response firstUnread(@PathParam("id") long threadId) {
        int position = threads.firstUnreadPosition(currentViewer.get(), threadId);
        return Response.seeOther(PostPages.postLink(threadId, position)).build();
    }

    @GET
    @Path("pain-points")
    @Operation(hidden = true)
    public View acrossCohorts(@QueryParam("tag") String tag, @QueryParam("status") String status) {
        Map<String, Object> model = new HashMap<>();
        model.put("items", painPoints.acrossCohorts(currentViewer.get(), tag, status));
        model.put("tag", tag == null ? "" : tag);
        model.put("status", status == null ? "" : status);
        model.put("statuses", org.commonplace.forum.entity.PainPointStatus.values());
        return new View("pain-points-across", model);
    }

    @POST
    @Path("threads/{id}/posts")
    @Operation(hidden = true)
    public Response reply(@PathParam("id") long threadId, @FormParam("body") String body, @FormParam("replyTo") Long replyTo) {
        try {
            Replies.Posted posted = replies.reply(currentViewer.get(), threadId, body, replyTo);
            int page = (posted.position() - 1) / Threads.POSTS_PER_PAGE + 1;
            return Response.seeOther(URI.create("/threads/" + threadId + "?page=" + page + "#post-" + posted.position())).build();
        } catch (ProblemException problem) {
            if (problem.status() != 422 && problem.status() != 409 && problem.status() != 429) throw problem;
            Map<String, Object> extra = new HashMap<>();
            extra.put("errors", problem.fieldErrors().isEmpty()
                    ? List.of(new org.commonplace.platform.problem.Problem.FieldError("body", problem.detail()))
                    : problem.fieldErrors());
            extra.put("draft", body == null ? "" : body);
            if (replyTo != null) extra.put("replyTo", replyTo);
            return withRetryAfter(Response.status(problem.status()), problem)
                    .entity(threadPage(threadId, lastPage(threadId), extra)).build();
        }
    }

    @POST
    @Path("threads/{id}/watch")
    @Operation(hidden = true)
    public Response watchThread(@PathParam("id") long threadId, @FormParam("level") String level) {
        watching.watchThread(currentViewer.get(), threadId, level);
        return Response.seeOther(URI.create("/threads/" + threadId)).build();
    }

    @POST
    @Path("boards/{id}/watch")
    @Operation(hidden = true)
    public Response watchBoard(@PathParam("id") long boardId, @FormParam("level") String level) {
        watching.watchBoard(currentViewer.get(), boardId, level);
        return Response.seeOther(URI.create("/boards/" + boardId)).build();
    }

    @POST
    @Path("threads/{id}/endorse")
    @Operation(hidden = true)
    public Response endorse(@PathParam("id") long threadId) {
        painPoints.endorse(currentViewer.get(), threadId);
        return Response.seeOther(URI.create("/threads/" + threadId)).build();
    }

    @POST
    @Path("threads/{id}/withdraw")
    @Operation(hidden = true)
    public Response withdraw(@PathParam("id") long threadId) {
        painPoints.withdraw(currentViewer.get(), threadId);
        return Response.seeOther(URI.create("/threads/" + threadId)).build();
    }

    @POST
    @Path("threads/{id}/status")
    @Operation(hidden = true)
    public Response status(@PathParam("id") long threadId, @FormParam("status") String status) {
        threads.changeStatus(currentViewer.get(), threadId, status);
        return Response.seeOther(URI.create("/threads/" + threadId)).build();
    }

    private View boardPage(long boardId, int page, Map<String, Object> extra) {
        Viewer viewer = currentViewer.get();
        ForumViews.Page<ForumViews.ThreadSummary> list = threads.of(viewer, boardId, page, THREADS_PER_PAGE);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("threads", list);
        model.put("board", threads.boardOf(viewer, boardId));
        model.put("watchLevel", watching.boardLevel(viewer, boardId).name());
        model.putIfAbsent("form", Map.of("kind", "DISCUSSION"));
        return new View("board", model);
    }

    private View threadPage(long threadId, int page, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        ForumViews.ThreadDetail detail = threads.show(currentViewer.get(), threadId, page, Threads.POSTS_PER_PAGE);
        model.put("detail", detail);
        if (detail.mayModerate()) model.put("boards", boards.of(currentViewer.get(), detail.thread().cohortId()));
        model.put("statuses", org.commonplace.forum.entity.PainPointStatus.values());
        return new View("thread", model);
    }

    private static Response.ResponseBuilder withRetryAfter(Response.ResponseBuilder builder, ProblemException problem) {
        if (problem instanceof org.commonplace.platform.problem.RateLimited limited) {
            builder.header("Retry-After", limited.retryAfterSeconds());
        }
        return builder;
    }

    /** The page where the reply form is, so a refused reply is shown where it was written. */
    private int lastPage(long threadId) {
        long posts = threads.show(currentViewer.get(), threadId, 1, 1).posts().total();
        return (int) Math.max(1, (posts + Threads.POSTS_PER_PAGE - 1) / Threads.POSTS_PER_PAGE);
    }
}
