package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.identity.control.Invitations;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Coordinators invite people through the API: one as JSON, or many as a CSV body. */
@Path("api/v1/invitations")
@RequestScoped
@Tag(name = "Invitations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {
    public record InvitationRequest(String email, String displayName, String role, String organisation, List<String> cohorts) { }

    @Inject CurrentViewer currentViewer;
    @Inject Invitations invitations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite one person (coordinators)",
            description = "{email, displayName, role: coordinator|mentor|partner, organisation (partners), cohorts: [slug or name]}. "
                    + "The invitee gets an e-mail with a link to choose a password; the link expires.")
    public Response invite(InvitationRequest request) {
        Bodies.required(request, "{\"email\",\"displayName\",\"role\",\"organisation\",\"cohorts\"}");
        Invitations.Invited invited = invitations.invite(currentViewer.get(), new Invitations.NewInvitee(request.email(),
                request.displayName(), Invitations.parseRole(request.role()), request.organisation(),
                request.cohorts() == null ? List.of() : request.cohorts()));
        return Response.created(URI.create("/api/v1/accounts/" + invited.accountId())).entity(invited).build();
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Invite many people from CSV (coordinators)",
            description = "Header row: email,display_name,role,organisation,cohorts (cohorts separated by ';'). "
                    + "Every row is checked first; one bad row and nobody is invited (422 lists every problem).")
    public Response inviteCsv(String csv) {
        List<Invitations.Invited> invited = invitations.inviteFromCsv(currentViewer.get(), new StringReader(csv == null ? "" : csv));
        return Response.status(201).entity(Map.of("invited", invited)).build();
    }
}
