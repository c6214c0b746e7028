package org.commonplace.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** The member's cohorts and one cohort's page. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class CohortPages {
    @Inject CurrentViewer currentViewer;
    @Inject Cohorts cohorts;
    @Inject org.commonplace.access.Access access;
    @Inject org.commonplace.forum.control.Boards boards;

    @GET
    @Operation(hidden = true)
    public View list() {
        return new View("cohorts", Map.of("cohorts", cohorts.visibleTo(currentViewer.get(), 1, 100).items()));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public View one(@PathParam("id") long id) {
        return new View("cohort", Map.of("detail", cohorts.detail(currentViewer.get(), id),
                "boards", boards.of(currentViewer.get(), id),
                "mayModerate", access.mayModerateCohort(currentViewer.get(), id)));
    }
}
