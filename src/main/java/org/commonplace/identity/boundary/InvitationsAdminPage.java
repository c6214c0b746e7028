package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.Access;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.Programmes;
import org.commonplace.identity.control.Invitations;
import org.commonplace.platform.problem.Invalid;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.commonplace.platform.view.View;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coordinator's invitation form: one person, or a CSV file of many. */
@Path("admin/invitations")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class InvitationsAdminPage {
    @Inject CurrentViewer currentViewer;
    @Inject Access access;
    @Inject Invitations invitations;
    @Inject Programmes programmes;

    @GET
    @Operation(hidden = true)
    public View form() {
        return page(Map.of());
    }

    @POST
    @Operation(hidden = true)
    public Response inviteOne(@FormParam("email") String email, @FormParam("displayName") String displayName,
                              @FormParam("role") String role, @FormParam("organisation") String organisation,
                              @FormParam("cohorts") List<String> cohorts) {
        Map<String, Object> form = new HashMap<>();
        form.put("email", email);
        form.put("displayName", displayName);
        form.put("role", role);
        form.put("organisation", organisation);
        form.put("cohorts", cohorts == null ? List.of() : cohorts);
        try {
            Invitations.Invited invited = invitations.invite(currentViewer.get(), new Invitations.NewInvitee(email, displayName,
                    Invitations.parseRole(role), organisation, cohorts == null ? List.of() : cohorts));
            return Response.ok(page(Map.of("invited", List.of(invited)))).build();
        } catch (Invalid invalid) {
            return Response.status(422).entity(page(Map.of("errors", invalid.fieldErrors(), "form", form))).build();
        }
    }

    @POST
    @Path("csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response inviteMany(@FormParam("file") EntityPart file) throws IOException {
        try {
            if (file == null) throw Invalid.field("file", "Choose a CSV file.");
            try (Reader reader = new InputStreamReader(file.getContent(), StandardCharsets.UTF_8)) {
                return Response.ok(page(Map.of("invited", invitations.inviteFromCsv(currentViewer.get(), reader)))).build();
            }
        } catch (Invalid invalid) {
            return Response.status(422).entity(page(Map.of("csvErrors", invalid.fieldErrors()))).build();
        }
    }

    private View page(Map<String, Object> extra) {
        Viewer viewer = currentViewer.get();
        access.requireCoordinator(viewer);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("programmes", programmes.all(viewer));
        model.putIfAbsent("form", Map.of("cohorts", List.of()));
        return new View("admin-invitations", model);
    }
}
