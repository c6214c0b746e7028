package org.commonplace.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.CohortViews;
import org.commonplace.cohort.control.Programmes;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Coordinators set programmes up through the API: programmes, cohorts, organisations, memberships. */
@Path("api/v1")
@RequestScoped
@Tag(name = "Programmes")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {
    public record NewProgramme(String name, String description) { }
    public record NewCohort(String name, String description) { }
    public record NewOrganisation(String name, boolean nameShownOutside) { }

    @Inject CurrentViewer currentViewer;
    @Inject Programmes programmes;

    @GET
    @Path("programmes")
    @Operation(summary = "All programmes with their cohorts (coordinators)")
    public List<CohortViews.ProgrammeSummary> all() {
        return programmes.all(currentViewer.get());
    }

    @POST
    @Path("programmes")
    @Operation(summary = "Create a programme (coordinators)")
    public Response createProgramme(NewProgramme body) {
        Bodies.required(body, "{\"name\",\"description\"}");
        long id = programmes.createProgramme(currentViewer.get(), body.name(), body.description());
        return Response.created(URI.create("/api/v1/programmes/" + id)).entity(java.util.Map.of("id", id)).build();
    }

    @POST
    @Path("programmes/{id}/cohorts")
    @Operation(summary = "Create a cohort in a programme (coordinators)")
    public Response createCohort(@PathParam("id") long programmeId,
                                 NewCohort body) {
        Bodies.required(body, "{\"name\",\"description\"}");
        long id = programmes.createCohort(currentViewer.get(), programmeId, body.name(), body.description());
        return Response.created(URI.create("/api/v1/cohorts/" + id)).entity(java.util.Map.of("id", id)).build();
    }

    @GET
    @Path("organisations")
    @Operation(summary = "Partner organisations (coordinators)")
    public List<CohortViews.OrganisationSummary> organisations() {
        return programmes.organisations(currentViewer.get());
    }

    @POST
    @Path("organisations")
    @Operation(summary = "Create a partner organisation (coordinators)")
    public Response createOrganisation(NewOrganisation body) {
        Bodies.required(body, "{\"name\",\"nameShownOutside\"}");
        long id = programmes.createOrganisation(currentViewer.get(), body.name(), body.nameShownOutside());
        return Response.created(URI.create("/api/v1/organisations/" + id)).entity(java.util.Map.of("id", id)).build();
    }
}
