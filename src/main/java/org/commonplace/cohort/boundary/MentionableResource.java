package org.commonplace.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.CohortViews;
import org.commonplace.cohort.control.Cohorts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Autocomplete for @mentions: members of the cohort. */
@Path("api/v1/cohorts/{id}/mentionable")
@RequestScoped
@Tag(name = "Cohorts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MentionableResource {
    @Inject CurrentViewer currentViewer;
    @Inject Cohorts cohorts;

    @GET
    @Operation(summary = "Up to 8 members of the cohort whose username or name starts with ?q=")
    public Map<String, List<CohortViews.Member>> mentionable(@PathParam("id") long cohortId, @QueryParam("q") String prefix) {
        return Map.of("items", cohorts.mentionable(currentViewer.get(), cohortId, prefix));
    }
}
