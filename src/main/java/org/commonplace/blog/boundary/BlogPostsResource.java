package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.blog.control.BlogComments;
import org.commonplace.blog.control.BlogConsent;
import org.commonplace.blog.control.BlogDrafts;
import org.commonplace.blog.control.BlogPosts;
import org.commonplace.blog.control.BlogReading;
import org.commonplace.blog.control.BlogViews;
import org.commonplace.blog.control.BlogWorkflow;
import org.commonplace.blog.control.CoverImages;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.web.Bodies;
import org.commonplace.platform.web.Paging;
import org.commonplace.search.control.Search;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The blog through the API. Published posts are for everyone; a post that is not published is
 * 404 for everyone but its author, the reviewers and the people asked for consent.
 */
@Path("api/v1/blog/posts")
@RequestScoped
@Tag(name = "Blog")
@Produces(MediaType.APPLICATION_JSON)
public class BlogPostsResource {
    public record FromPainPoint(Long threadId) { }
    public record Review(String action, String note) { }
    public record Schedule(String at) { }
    public record Unpublish(String reason) { }
    public record NewComment(String body) { }

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    @Inject CurrentViewer currentViewer;
    @Inject BlogReading reading;
    @Inject BlogPosts posts;
    @Inject BlogDrafts drafts;
    @Inject BlogWorkflow workflow;
    @Inject BlogConsent consent;
    @Inject BlogComments comments;
    @Inject CoverImages covers;
    @Inject Search search;

    @GET
    @Operation(summary = "Published posts, newest first (anyone; paged; ?tag= one tag's, ?author= one author's by account id)")
    public BlogViews.Page list(@QueryParam("tag") String tag, @QueryParam("author") Long author, @BeanParam Paging paging) {
        try {
            return reading.published(BlogReading.tag(tag), author, paging.page(), paging.size());
        } catch (org.commonplace.platform.problem.NotVisible none) {
            return new BlogViews.Page(List.of(), paging.page(), paging.size(), 0); // a filter without posts is an empty list here
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a draft (mentors, coordinators; partner members where their programme allows): "
            + "{title, body, tags, excerpt?, subjects?: [{type: PERSON, username} | {type: ORGANISATION, organisation | organisationId}]}. "
            + "Title at most 200 characters, excerpt 300, body 50,000, at most 10 tags of 40 characters, 20 subjects. "
            + "201 with {id, slug}; only the author sees the draft until it is submitted.")
    public Response create(BlogDrafts.NewPost body) {
        Bodies.required(body, "{\"title\",\"body\",\"tags\":[]}");
        long id = drafts.create(viewer(), body);
        BlogViews.Detail detail = posts.detail(viewer(), id);
        return Response.created(URI.create("/api/v1/blog/posts/" + id)).entity(Map.of("id", id, "slug", detail.post().slug())).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own posts in every state, most recently changed first (signed in)")
    public Map<String, List<BlogViews.Summary>> mine() {
        return Map.of("items", posts.mine(viewer()));
    }

    @GET
    @Path("review-queue")
    @Operation(summary = "Submitted posts that are not public: in review, changes requested, approved, scheduled, unpublished (coordinators)")
    public Map<String, List<BlogViews.Summary>> reviewQueue() {
        return Map.of("items", posts.reviewQueue(viewer()));
    }

    @POST
    @Path("from-pain-point")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn a solved pain point into a blog draft: {threadId} (the cohort's mentors, coordinators). 201 with {id}")
    public Response fromPainPoint(FromPainPoint body) {
        Bodies.required(body, "{\"threadId\"}");
        if (body.threadId() == null) throw Invalid.field("threadId", "Name the pain point's thread.");
        long id = drafts.fromPainPoint(viewer(), body.threadId());
        return Response.created(URI.create("/api/v1/blog/posts/" + id)).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One post with body and bodyHtml; its author, reviewers and the people named also get its subjects "
            + "(with their consent), its timeline (author, reviewers) and what they may do next")
    public BlogViews.Detail one(@PathParam("id") long id) {
        return posts.detail(viewer(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft or a post whose changes were requested (its author): {title, excerpt?, body, tags, version, reason?}; "
            + "409 when version is not the current one or the post is in another state. The text before the edit is kept as a revision.")
    public BlogViews.Detail edit(@PathParam("id") long id, BlogDrafts.Change body) {
        Bodies.required(body, "{\"title\",\"body\",\"tags\":[],\"version\"}");
        drafts.edit(viewer(), id, body);
        return posts.detail(viewer(), id);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Earlier versions of the post's text, newest first (its author and the reviewers)")
    public BlogDrafts.History revisions(@PathParam("id") long id) {
        return drafts.history(viewer(), id);
    }

    @GET
    @Path("{id}/revisions/{revisionId}")
    @Operation(summary = "The post's text as it was before one edit (its author and the reviewers)")
    public BlogDrafts.Revision revision(@PathParam("id") long id, @PathParam("revisionId") long revisionId) {
        return drafts.revision(viewer(), id, revisionId);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit for review (the author, from draft or changes requested); the people named are asked for consent")
    public BlogViews.Detail submit(@PathParam("id") long id) {
        workflow.submit(viewer(), id);
        return posts.detail(viewer(), id);
    }

    @POST
    @Path("{id}/return-to-draft")
    @Operation(summary = "Take the post back to draft to change it (the author; not from published: unpublish first)")
    public BlogViews.Detail returnToDraft(@PathParam("id") long id) {
        workflow.returnToDraft(viewer(), id);
        return posts.detail(viewer(), id);
    }

    @POST
    @Path("{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review (coordinators other than the author): {action: NOTE | REQUEST_CHANGES | APPROVE, note}; "
            + "a note (at most 2,000 characters) is required except to approve")
    public BlogViews.Detail review(@PathParam("id") long id, Review body) {
        Bodies.required(body, "{\"action\",\"note\"}");
        workflow.review(viewer(), id, body.action(), body.note());
        return posts.detail(viewer(), id);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish now (the author or a coordinator): the post must be approved (or scheduled, or unpublished) "
            + "and every subject's consent must cover its current text (409 otherwise)")
    public BlogViews.Detail publish(@PathParam("id") long id) {
        workflow.publish(viewer(), id);
        return posts.detail(viewer(), id);
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish at a time: {at: ISO-8601, in the future, within a year}; the same conditions as publishing. "
            + "The post goes out once at that time, on one node, also after a restart.")
    public BlogViews.Detail schedule(@PathParam("id") long id, Schedule body) {
        Bodies.required(body, "{\"at\"}");
        workflow.schedule(viewer(), id, body.at());
        return posts.detail(viewer(), id);
    }

    @DELETE
    @Path("{id}/schedule")
    @Operation(summary = "Cancel the schedule: the post stays approved (the author or a coordinator)")
    public BlogViews.Detail unschedule(@PathParam("id") long id) {
        workflow.unschedule(viewer(), id);
        return posts.detail(viewer(), id);
    }

    @POST
    @Path("{id}/unpublish")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Unpublish.class)))
    @Operation(summary = "Take a published post off the blog (the author or a coordinator): {reason?} (at most 500 characters), "
            + "or no body at all")
    public BlogViews.Detail unpublish(@PathParam("id") long id, String body) {
        // read here rather than by JAX-RS: a JSON body is optional, and a request without one has no Content-Type
        Unpublish reason = body == null || body.isBlank() ? null : JSON.fromJson(body, Unpublish.class);
        workflow.unpublish(viewer(), id, reason == null ? null : reason.reason());
        return posts.detail(viewer(), id);
    }

    @POST
    @Path("{id}/subjects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a person ({type: PERSON, username}) or organisation ({type: ORGANISATION, organisation | organisationId}) "
            + "the post is about (the author, while it can be edited). Members of the author's cohorts; they are asked at submission. 201")
    public Response addSubject(@PathParam("id") long id, BlogConsent.SubjectRef body) {
        Bodies.required(body, "{\"type\",\"username\"}");
        long subjectId = consent.addSubject(viewer(), id, body);
        return Response.status(201).entity(Map.of("id", subjectId)).build();
    }

    @DELETE
    @Path("{id}/subjects/{subjectId}")
    @Operation(summary = "Stop naming a person or organisation (the author, while the post can be edited)")
    public Response removeSubject(@PathParam("id") long id, @PathParam("subjectId") long subjectId) {
        consent.removeSubject(viewer(), id, subjectId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/cover")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the cover image (the author, while the post can be edited): multipart part \"cover\" (JPEG or PNG, "
            + "checked from the content: 415 otherwise; at most commonplace.blog.cover-max-bytes, 5 MiB: 413; at most 40 megapixels: 422) "
            + "and optional part \"alt\" (at most 200 characters). Kept at widths 480, 960 and 1600. 201 with the cover.")
    public Response uploadCover(@PathParam("id") long id, @FormParam("cover") EntityPart cover, @FormParam("alt") String alt) throws IOException {
        BlogViews.Cover added;
        try (InputStream in = cover == null ? null : cover.getContent()) {
            added = covers.upload(viewer(), id, in, alt);
        }
        return Response.status(201).entity(added).build();
    }

    @DELETE
    @Path("{id}/cover")
    @Operation(summary = "Remove the cover image (the author, while the post can be edited)")
    public Response removeCover(@PathParam("id") long id) {
        covers.remove(viewer(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The post's comments, oldest first (who may see the post)")
    public Map<String, List<BlogComments.Comment>> comments(@PathParam("id") long id) {
        return Map.of("items", comments.of(viewer(), id));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a published post (signed in): {body} in Markdown, at most 5,000 characters. New accounts write "
            + "at most 10 comments in 10 minutes, everyone at most 30 an hour (429 with Retry-After). 201 with {id}")
    public Response comment(@PathParam("id") long id, NewComment body) {
        Bodies.required(body, "{\"body\"}");
        long commentId = comments.add(viewer(), id, body.body());
        return Response.created(URI.create("/api/v1/blog/posts/" + id + "/comments")).entity(Map.of("id", commentId)).build();
    }

    @GET
    @Path("{id}/related")
    @Operation(summary = "Up to 3 published posts like this one (Lucene MoreLikeThis); 404 for who may not see this one")
    public List<Search.Hit> related(@PathParam("id") long id) {
        BlogViews.Detail detail = posts.detail(viewer(), id);
        return "PUBLISHED".equals(detail.post().status()) ? search.relatedBlogPosts(viewer(), id, 3) : List.of();
    }

    private Viewer viewer() {
        return currentViewer.get();
    }
}
