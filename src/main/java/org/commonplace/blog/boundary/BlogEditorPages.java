package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.blog.control.BlogAuthors;
import org.commonplace.blog.control.BlogConsent;
import org.commonplace.blog.control.BlogDrafts;
import org.commonplace.blog.control.BlogLimits;
import org.commonplace.blog.control.BlogPosts;
import org.commonplace.blog.control.BlogViews;
import org.commonplace.blog.control.BlogWorkflow;
import org.commonplace.blog.control.CoverImages;
import org.commonplace.forum.control.ForumInput;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Writing and steering a post in the browser: the new-post and edit forms (Markdown with live
 * preview), the post's own page (status, people named and their consent, cover, timeline, the next
 * steps), history, and "Write it up for the blog" on a solved pain point. A refused step shows the
 * post's page again with the reason and what was typed.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class BlogEditorPages {
    @Inject CurrentViewer currentViewer;
    @Inject BlogAuthors authors;
    @Inject BlogDrafts drafts;
    @Inject BlogPosts posts;
    @Inject BlogWorkflow workflow;
    @Inject BlogConsent consent;
    @Inject CoverImages covers;
    @Inject BlogLimits limits;

    @GET
    @Path("blog/new")
    @Operation(hidden = true)
    public View newForm() {
        authors.requireMayWriteNow(viewer());
        return form(null, Map.of(), null);
    }

    @POST
    @Path("blog/new")
    @Operation(hidden = true)
    public Response create(@FormParam("title") String title, @FormParam("excerpt") String excerpt, @FormParam("body") String body,
                           @FormParam("tags") String tags) {
        try {
            long id = drafts.create(viewer(), new BlogDrafts.NewPost(title, excerpt, body, ForumInput.splitTags(tags), null));
            return seeOther("/blog/posts/" + id);
        } catch (Invalid invalid) {
            return Response.status(422).entity(form(null, typed(title, excerpt, body, tags, null, null), invalid)).build();
        }
    }

    @GET
    @Path("blog/mine")
    @Operation(hidden = true)
    public View mine() {
        Viewer viewer = viewer();
        Map<String, Object> model = new HashMap<>();
        model.put("posts", posts.mine(viewer));
        model.put("consents", posts.consentRequests(viewer));
        model.put("mayWrite", authors.mayWriteNow(viewer));
        return new View("blog-mine", model);
    }

    @GET
    @Path("blog/posts/{id}")
    @Operation(hidden = true)
    public View manage(@PathParam("id") long id) {
        return managePage(id, null, Map.of());
    }

    @GET
    @Path("blog/posts/{id}/edit")
    @Operation(hidden = true)
    public View editForm(@PathParam("id") long id) {
        BlogViews.Detail d = posts.detail(viewer(), id);
        if (!d.may().edit()) throw new org.commonplace.platform.problem.Conflict("Take the post back to draft to change it.");
        return form(d, typed(d.post().title(), d.post().excerpt(), d.body(), String.join(", ", d.post().tags()), d.version(), null), null);
    }

    @POST
    @Path("blog/posts/{id}/edit")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") long id, @FormParam("title") String title, @FormParam("excerpt") String excerpt,
                         @FormParam("body") String body, @FormParam("tags") String tags, @FormParam("version") Long version,
                         @FormParam("reason") String reason) {
        try {
            drafts.edit(viewer(), id, new BlogDrafts.Change(title, excerpt, body, ForumInput.splitTags(tags), version, reason));
            return seeOther("/blog/posts/" + id);
        } catch (Invalid | org.commonplace.platform.problem.Conflict refused) {
            BlogViews.Detail d = posts.detail(viewer(), id);
            // after a 409 the form carries the current version: saving again replaces the other change on purpose
            Map<String, Object> form = typed(title, excerpt, body, tags, refused.status() == 409 ? d.version() : version, reason);
            return Response.status(refused.status()).entity(form(d, form, refused)).build();
        }
    }

    @GET
    @Path("blog/posts/{id}/history")
    @Operation(hidden = true)
    public View history(@PathParam("id") long id) {
        return new View("blog-history", Map.of("history", drafts.history(viewer(), id)));
    }

    @GET
    @Path("blog/posts/{id}/history/{revisionId}")
    @Operation(hidden = true)
    public View revision(@PathParam("id") long id, @PathParam("revisionId") long revisionId) {
        return new View("blog-revision", Map.of("revision", drafts.revision(viewer(), id, revisionId)));
    }

    @POST
    @Path("blog/posts/{id}/submit")
    @Operation(hidden = true)
    public Response submit(@PathParam("id") long id) {
        return step(id, Map.of(), () -> workflow.submit(viewer(), id));
    }

    @POST
    @Path("blog/posts/{id}/return-to-draft")
    @Operation(hidden = true)
    public Response returnToDraft(@PathParam("id") long id) {
        return step(id, Map.of(), () -> workflow.returnToDraft(viewer(), id));
    }

    @POST
    @Path("blog/posts/{id}/review")
    @Operation(hidden = true)
    public Response review(@PathParam("id") long id, @FormParam("action") String action, @FormParam("note") String note) {
        return step(id, Map.of("note", note == null ? "" : note), () -> workflow.review(viewer(), id, action, note));
    }

    @POST
    @Path("blog/posts/{id}/publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id) {
        return step(id, Map.of(), () -> workflow.publish(viewer(), id));
    }

    /** at: the form's datetime-local value, read as UTC (the form says so). */
    @POST
    @Path("blog/posts/{id}/schedule")
    @Operation(hidden = true)
    public Response schedule(@PathParam("id") long id, @FormParam("at") String at) {
        String utc = at != null && at.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}") ? at + ":00Z" : at;
        return step(id, Map.of("at", at == null ? "" : at), () -> workflow.schedule(viewer(), id, utc));
    }

    @POST
    @Path("blog/posts/{id}/unschedule")
    @Operation(hidden = true)
    public Response unschedule(@PathParam("id") long id) {
        return step(id, Map.of(), () -> workflow.unschedule(viewer(), id));
    }

    @POST
    @Path("blog/posts/{id}/unpublish")
    @Operation(hidden = true)
    public Response unpublish(@PathParam("id") long id, @FormParam("reason") String reason) {
        return step(id, Map.of("reason", reason == null ? "" : reason), () -> workflow.unpublish(viewer(), id, reason));
    }

    @POST
    @Path("blog/posts/{id}/subjects")
    @Operation(hidden = true)
    public Response addSubject(@PathParam("id") long id, @FormParam("person") String person, @FormParam("organisationId") Long organisationId) {
        BlogConsent.SubjectRef ref = person != null && !person.isBlank()
                ? new BlogConsent.SubjectRef("PERSON", person, null, null)
                : new BlogConsent.SubjectRef("ORGANISATION", null, organisationId, null);
        return step(id, Map.of(), () -> consent.addSubject(viewer(), id, ref));
    }

    @POST
    @Path("blog/posts/{id}/subjects/{subjectId}/remove")
    @Operation(hidden = true)
    public Response removeSubject(@PathParam("id") long id, @PathParam("subjectId") long subjectId) {
        return step(id, Map.of(), () -> consent.removeSubject(viewer(), id, subjectId));
    }

    @POST
    @Path("blog/posts/{id}/cover")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response cover(@PathParam("id") long id, @FormParam("cover") EntityPart cover, @FormParam("alt") String alt) {
        return step(id, Map.of("alt", alt == null ? "" : alt), () -> {
            try (InputStream in = cover == null ? null : cover.getContent()) {
                covers.upload(viewer(), id, in, alt);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @POST
    @Path("blog/posts/{id}/cover/remove")
    @Operation(hidden = true)
    public Response removeCover(@PathParam("id") long id) {
        return step(id, Map.of(), () -> covers.remove(viewer(), id));
    }

    @POST
    @Path("threads/{id}/blog-draft")
    @Operation(hidden = true)
    public Response fromPainPoint(@PathParam("id") long threadId) {
        return seeOther("/blog/posts/" + drafts.fromPainPoint(viewer(), threadId));
    }

    /**
     * Takes a step and goes back to the post's page; a refusal (but not 401 or 404, answered as
     * everywhere) shows the page again with the reason and what was typed.
     */
    private Response step(long id, Map<String, Object> typed, Runnable action) {
        try {
            action.run();
            return seeOther("/blog/posts/" + id);
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(managePage(id, problem, typed)).build();
        }
    }

    private View managePage(long id, ProblemException problem, Map<String, Object> typed) {
        Viewer viewer = viewer();
        BlogViews.Detail detail = posts.detail(viewer, id);
        Map<String, Object> model = new HashMap<>();
        model.put("detail", detail);
        model.put("post", detail.post());
        model.put("typed", typed);
        model.put("coverLimit", limits.coverLimitText());
        if (detail.may().edit()) model.put("nameable", consent.nameable(viewer));
        if (problem != null) {
            model.put("problem", problem.detail());
            model.put("errors", problem.fieldErrors());
        }
        return new View("blog-manage", model);
    }

    private View form(BlogViews.Detail detail, Map<String, Object> typed, ProblemException problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", typed);
        if (detail != null) model.put("detail", detail);
        if (problem != null) {
            model.put("errors", problem.fieldErrors().isEmpty()
                    ? java.util.List.of(new org.commonplace.platform.problem.Problem.FieldError("title", problem.detail()))
                    : problem.fieldErrors());
        }
        return new View("blog-form", model);
    }

    private static Map<String, Object> typed(String title, String excerpt, String body, String tags, Long version, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("excerpt", excerpt);
        form.put("body", body);
        form.put("tags", tags);
        form.put("version", version);
        form.put("reason", reason);
        return form;
    }

    private Viewer viewer() {
        return currentViewer.get();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
