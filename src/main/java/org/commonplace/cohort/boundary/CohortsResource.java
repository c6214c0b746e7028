package org.commonplace.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.CohortViews;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.platform.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cohorts through the API. */
@Path("api/v1/cohorts")
@RequestScoped
@Tag(name = "Cohorts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {
    @Inject CurrentViewer currentViewer;
    @Inject Cohorts cohorts;

    @GET
    @Operation(summary = "Cohorts the caller belongs to (coordinators: all), paged")
    public Cohorts.Page<CohortViews.CohortSummary> list(@jakarta.ws.rs.BeanParam Paging paging) {
        return cohorts.visibleTo(currentViewer.get(), paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cohort with its members and organisations (members and coordinators; 404 for others)")
    public CohortViews.CohortDetail one(@PathParam("id") long id) {
        return cohorts.detail(currentViewer.get(), id);
    }
}
