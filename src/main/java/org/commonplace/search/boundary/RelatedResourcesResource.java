package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.library.control.Library;
import org.commonplace.search.control.Search;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** "Related resources" of one resource (its own class: a longer literal path than ResourcesResource). */
@Path("api/v1/resources/{id}/related")
@RequestScoped
@Tag(name = "Library")
@Produces(MediaType.APPLICATION_JSON)
public class RelatedResourcesResource {
    @Inject CurrentViewer currentViewer;
    @Inject Library library;
    @Inject Search search;

    @GET
    @Operation(summary = "Up to 5 resources like this one (Lucene MoreLikeThis), among those the caller may see; 404 if the caller may not see this one")
    public List<Search.Hit> related(@PathParam("id") long id) {
        Viewer viewer = currentViewer.get();
        library.one(viewer, id); // 404 exactly as the resource itself
        return search.relatedResources(viewer, id, 5);
    }
}
