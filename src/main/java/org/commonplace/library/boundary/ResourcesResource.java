package org.commonplace.library.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.commonplace.library.control.Library;
import org.commonplace.library.control.ResourceEdits;
import org.commonplace.library.control.SolutionDrafts;
import org.commonplace.platform.web.Bodies;
import org.commonplace.platform.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;

/** The resource library through the API. Anonymous callers see public resources. */
@Path("api/v1/resources")
@RequestScoped
@Tag(name = "Library")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {
    public record FromPainPoint(Long threadId) { }

    @Inject CurrentViewer currentViewer;
    @Inject Library library;
    @Inject SolutionDrafts solutions;
    @Inject ResourceEdits edits;

    @GET
    @Operation(summary = "Library resources visible to the caller, newest first (paged; ?tag, ?type, ?language: "
            + "an unknown type or a language that is not two letters answers 422)")
    public Library.Page list(@QueryParam("tag") String tag, @QueryParam("type") String type,
                             @QueryParam("language") String language, @BeanParam Paging paging) {
        return library.visibleTo(currentViewer.get(), tag, type, language, paging.page(), paging.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a resource (mentors, coordinators): {title, summary, body, url?, tags, type?, language?, "
            + "visibility: PUBLIC|COHORT, cohortId?, draft?}; published unless draft is true")
    public Response add(Library.NewResource body) {
        Bodies.required(body, "{\"title\",\"summary\",\"body\",\"visibility\"}");
        long id = library.add(currentViewer.get(), body);
        return Response.created(URI.create("/api/v1/resources/" + id)).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One resource (404 if it does not exist or the caller may not see it)")
    public Library.Detail one(@PathParam("id") long id) {
        return library.one(currentViewer.get(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a resource (its author, coordinators): {title, summary, body, url?, tags, type?, language?, "
            + "version, reason?}. version is the one read with GET; 409 when the resource changed since. "
            + "The version before the edit is kept as a revision.")
    public Library.Detail edit(@PathParam("id") long id, ResourceEdits.Change body) {
        Bodies.required(body, "{\"title\",\"summary\",\"body\",\"version\"}");
        edits.edit(currentViewer.get(), id, body);
        return library.one(currentViewer.get(), id);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The earlier versions of a resource, newest first (who may see the resource)")
    public ResourceEdits.History revisions(@PathParam("id") long id) {
        return edits.history(currentViewer.get(), id);
    }

    @GET
    @Path("{id}/revisions/{revisionId}")
    @Operation(summary = "One earlier version of a resource, as it was before the edit it names")
    public ResourceEdits.Revision revision(@PathParam("id") long id, @PathParam("revisionId") long revisionId) {
        return edits.revision(currentViewer.get(), id, revisionId);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft (its author or a coordinator)")
    public Response publish(@PathParam("id") long id) {
        library.publish(currentViewer.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("from-pain-point")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn a solved pain point into a draft resource for its cohort: {threadId} (the cohort's mentors, coordinators)")
    public Response fromPainPoint(FromPainPoint body) {
        Bodies.required(body, "{\"threadId\"}");
        if (body.threadId() == null) throw org.commonplace.platform.problem.Invalid.field("threadId", "Name the pain point's thread.");
        long id = solutions.fromPainPoint(currentViewer.get(), body.threadId());
        return Response.created(URI.create("/api/v1/resources/" + id)).entity(Map.of("id", id)).build();
    }
}
