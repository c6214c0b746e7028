package org.commonplace.library.boundary;

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
import org.commonplace.access.Access;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.forum.control.ForumInput;
import org.commonplace.library.control.Library;
import org.commonplace.library.control.SolutionDrafts;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The library pages: browse, read, add, publish; and a solved pain point's write-up. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {
    private static final int PER_PAGE = 20;

    @Inject CurrentViewer currentViewer;
    @Inject Library library;
    @Inject SolutionDrafts solutions;
    @Inject Access access;
    @Inject Cohorts cohorts;
    @Inject org.commonplace.search.control.Search search;
    @Inject org.commonplace.library.control.LibraryLimits limits;

    @GET
    @Path("library")
    @Operation(hidden = true)
    public View list(@QueryParam("tag") String tag, @QueryParam("type") String type, @QueryParam("language") String language,
                     @QueryParam("page") Integer page) {
        Viewer viewer = currentViewer.get();
        int p = page == null || page < 1 ? 1 : Math.min(page, org.commonplace.platform.web.Paging.MAX_PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("resources", library.visibleTo(viewer, tag, type == null || type.isBlank() ? null : type, language, p, PER_PAGE));
        model.put("tag", tag == null ? "" : tag);
        model.put("type", type == null ? "" : type);
        model.put("language", language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT));
        model.put("languages", library.languagesVisibleTo(viewer));
        model.put("types", org.commonplace.library.entity.LibraryResource.Type.values());
        model.put("mayAdd", access.mayAddResources(viewer));
        return new View("library", model);
    }

    @GET
    @Path("library/new")
    @Operation(hidden = true)
    public View form() {
        return form(Map.of("visibility", "PUBLIC", "type", "GUIDE", "language", "en"), null);
    }

    @POST
    @Path("library/new")
    @Operation(hidden = true)
    public Response add(@FormParam("title") String title, @FormParam("summary") String summary, @FormParam("body") String body,
                        @FormParam("url") String url, @FormParam("tags") String tags, @FormParam("type") String type,
                        @FormParam("language") String language, @FormParam("visibility") String visibility,
                        @FormParam("cohortId") Long cohortId) {
        try {
            long id = library.add(currentViewer.get(), new Library.NewResource(title, summary, body, url,
                    ForumInput.splitTags(tags), type, language, visibility, cohortId, false));
            return Response.seeOther(URI.create("/library/" + id)).build();
        } catch (Invalid invalid) {
            Map<String, Object> typed = ResourceForm.typed(title, summary, body, url, tags, type, language);
            typed.put("visibility", visibility);
            typed.put("cohortId", cohortId);
            return Response.status(422).entity(form(typed, invalid)).build();
        }
    }

    @GET
    @Path("library/{id}")
    @Operation(hidden = true)
    public View one(@PathParam("id") long id) {
        var viewer = currentViewer.get();
        var detail = library.one(viewer, id);
        // "related resources": Lucene MoreLikeThis over the index, among what this viewer may see
        return new View("resource", Map.of("detail", detail, "fileLimit", limits.fileLimitText(),
                "related", search.relatedResources(viewer, id, 5)));
    }

    @POST
    @Path("library/{id}/publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id) {
        library.publish(currentViewer.get(), id);
        return Response.seeOther(URI.create("/library/" + id)).build();
    }

    @POST
    @Path("threads/{id}/library-draft")
    @Operation(hidden = true)
    public Response fromPainPoint(@PathParam("id") long threadId) {
        long id = solutions.fromPainPoint(currentViewer.get(), threadId);
        return Response.seeOther(URI.create("/library/" + id)).build();
    }

    private View form(Map<String, Object> typed, Invalid invalid) {
        Viewer viewer = currentViewer.get();
        access.requireSignedIn(viewer);
        if (!access.mayAddResources(viewer)) throw new org.commonplace.platform.problem.NotAllowed("Mentors and coordinators add to the library.");
        Map<String, Object> model = new HashMap<>();
        model.put("form", typed);
        model.put("types", org.commonplace.library.entity.LibraryResource.Type.values());
        model.put("cohorts", cohorts.visibleTo(viewer, 1, 100).items());
        if (invalid != null) model.put("errors", invalid.fieldErrors());
        return new View("resource-new", model);
    }
}
