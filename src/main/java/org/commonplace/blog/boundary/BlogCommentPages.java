package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.blog.control.BlogComments;
import org.commonplace.blog.control.BlogInput;
import org.commonplace.blog.control.BlogPosts;
import org.commonplace.blog.control.BlogReading;
import org.commonplace.blog.control.BlogViews;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments in the browser: write one under a published post, delete one's own, report one, and
 * (coordinators) hide or show one. A refused comment shows the post again with the reason and the
 * text, so nothing typed is lost (also on 429).
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class BlogCommentPages {
    @Inject CurrentViewer currentViewer;
    @Inject BlogComments comments;
    @Inject BlogPosts posts;
    @Inject BlogReading reading;

    @POST
    @Path("blog/posts/{id}/comments")
    @Operation(hidden = true)
    public Response add(@PathParam("id") long postId, @FormParam("body") String body) {
        Viewer viewer = currentViewer.get();
        try {
            long id = comments.add(viewer, postId, body);
            return Response.seeOther(URI.create(posts.detail(viewer, postId).post().url() + "#comment-" + id)).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 404) throw problem;
            BlogReading.PostPage page = reading.page(viewer, postId);
            Map<String, Object> model = new HashMap<>();
            model.put("page", page);
            model.put("post", page.detail().post());
            model.put("related", List.of());
            model.put("commentMax", BlogInput.COMMENT_MAX);
            model.put("commentDraft", body == null ? "" : body);
            model.put("commentError", problem.detail());
            Response.ResponseBuilder answer = Response.status(problem.status()).entity(new View("blog-post", model));
            if (problem instanceof org.commonplace.platform.problem.RateLimited limited) {
                answer.header("Retry-After", limited.retryAfterSeconds());
            }
            return answer.build();
        }
    }

    @POST
    @Path("blog/comments/{id}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long commentId) {
        return backTo(comments.delete(currentViewer.get(), commentId), "#comments");
    }

    @POST
    @Path("blog/comments/{id}/moderate")
    @Operation(hidden = true)
    public Response moderate(@PathParam("id") long commentId, @FormParam("action") String action, @FormParam("reason") String reason) {
        return backTo(comments.moderate(currentViewer.get(), commentId, action, reason), "#comment-" + commentId);
    }

    @GET
    @Path("blog/comments/{id}/flag")
    @Operation(hidden = true)
    public View flagForm(@PathParam("id") long commentId) {
        return new View("blog-flag", Map.of("commentId", commentId));
    }

    @POST
    @Path("blog/comments/{id}/flag")
    @Operation(hidden = true)
    public Response flag(@PathParam("id") long commentId, @FormParam("reason") String reason) {
        try {
            comments.flag(currentViewer.get(), commentId, reason);
            return Response.ok(new View("blog-flag", Map.of("commentId", commentId, "sent", true))).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(new View("blog-flag", Map.of("commentId", commentId,
                    "reason", reason == null ? "" : reason, "problem", problem.detail()))).build();
        }
    }

    private Response backTo(long postId, String anchor) {
        BlogViews.Detail detail = posts.detail(currentViewer.get(), postId);
        return Response.seeOther(URI.create(detail.post().url() + anchor)).build();
    }
}
