package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commonplace.access.CurrentViewer;
import org.commonplace.search.control.Search;
import org.commonplace.search.control.SearchStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** GET /api/v1/search (shared/API.md), autocomplete, and the index's status and rebuild for coordinators. */
@Path("api/v1/search")
@RequestScoped
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject CurrentViewer currentViewer;
    @Inject Search search;
    @Inject SearchStatus status;
    @Context UriInfo uri;

    @GET
    @Operation(summary = "Search everything the caller may see: ?q (≤ 500 characters; empty = newest first), filters "
            + "type=resource|thread|post, tag, cohort, language, year (repeatable), sort=relevance|date, page, size ≤ 50. "
            + "Answers {total, items:[{type,id,title,url,snippet}], facets:{…}, suggestion?}; 503 with Retry-After when this node's "
            + "searches have all been busy for longer than its queue time (commonplace.search.queue-seconds)")
    public Search.Result search() {
        return search.search(currentViewer.get(), SearchParameters.from(uri.getQueryParameters()));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Autocomplete: up to 8 titles of visible items that start with ?q (at least 2 characters)")
    public List<Search.Completion> suggest(@QueryParam("q") String q) {
        return search.complete(currentViewer.get(), q, 8);
    }

    @GET
    @Path("status")
    @Operation(summary = "Coordinators: each node's index (documents, outbox position, rebuild progress) and search turns "
            + "(searches: {turns, running, waiting, refused, served, waitedMillis, searchingMillis}: this node now, the last four "
            + "since it started; nodes[].searches as each node last reported)")
    public SearchStatus.Overview status() {
        return status.overview(currentViewer.get());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Coordinators: rebuild every node's index from the database (in the background; progress in status)")
    public Response rebuild() {
        status.requestRebuild(currentViewer.get());
        return Response.accepted(status.overview(currentViewer.get())).build();
    }
}
