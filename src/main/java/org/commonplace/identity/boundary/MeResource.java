package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.Access;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.identity.control.ApiTokens;
import org.commonplace.identity.control.MeView;
import org.commonplace.identity.control.MeViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's own account and tokens. */
@Path("api/v1/me")
@RequestScoped
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject CurrentViewer currentViewer;
    @Inject Access access;
    @Inject MeViews me;
    @Inject ApiTokens apiTokens;

    @GET
    @Operation(summary = "The caller: id, username, displayName, roles, organisation, cohorts")
    public MeView me() {
        Viewer viewer = access.requireSignedIn(currentViewer.get());
        return me.of(viewer.accountId());
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's API tokens (never the secret itself)")
    public List<ApiTokens.Summary> tokens() {
        Viewer viewer = access.requireSignedIn(currentViewer.get());
        return apiTokens.of(viewer.accountId());
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's API tokens; it stops working at once")
    public Response revoke(@PathParam("id") long id) {
        Viewer viewer = access.requireSignedIn(currentViewer.get());
        apiTokens.revoke(viewer.accountId(), id);
        return Response.noContent().build();
    }
}
