package org.commonplace.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.Programmes;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Coordinators manage who is in a cohort. */
@Path("api/v1/cohorts/{id}/members")
@RequestScoped
@Tag(name = "Programmes")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CohortMembersResource {
    public record NewMember(String username) { }

    @Inject CurrentViewer currentViewer;
    @Inject Programmes programmes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person to a cohort (coordinators); 409 if they are in it already")
    public Response add(@PathParam("id") long cohortId, NewMember body) {
        Bodies.required(body, "{\"username\"}");
        programmes.addMember(currentViewer.get(), cohortId, body.username());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{accountId}")
    @Operation(summary = "Remove a person from a cohort (coordinators)")
    public Response remove(@PathParam("id") long cohortId, @PathParam("accountId") long accountId) {
        programmes.removeMember(currentViewer.get(), cohortId, accountId);
        return Response.noContent().build();
    }
}
