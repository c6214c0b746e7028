package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.Moderation;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Working through flagged posts. */
@Path("api/v1/flags/{id}")
@RequestScoped
@Tag(name = "Moderation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {
    public record Decision(String decision, String reason) { }

    @Inject CurrentViewer currentViewer;
    @Inject Moderation moderation;

    @POST
    @Path("resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a flag: {decision: DISMISS|HIDE_POST, reason}; logged")
    public Response resolve(@PathParam("id") long id, Decision body) {
        Bodies.required(body, "{\"decision\",\"reason\"}");
        moderation.resolve(currentViewer.get(), id, body.decision(), body.reason());
        return Response.noContent().build();
    }
}
