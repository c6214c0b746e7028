package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.identity.control.ApiTokens;
import org.commonplace.identity.control.Profiles;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The signed-in person's profile, avatar and API tokens. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {
    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());

    @Inject CurrentViewer currentViewer;
    @Inject Profiles profiles;
    @Inject ApiTokens apiTokens;

    @GET
    @Path("profile")
    @Operation(hidden = true)
    public View show() {
        return page(profiles.of(currentViewer.get()), null, null);
    }

    @POST
    @Path("profile")
    @Operation(hidden = true)
    public Response save(@FormParam("displayName") String displayName, @FormParam("publicHandle") String publicHandle,
                         @FormParam("languages") String languages, @FormParam("timeZone") String timeZone,
                         @FormParam("bio") String bio, @FormParam("mailFrequency") String mailFrequency) {
        Profiles.ProfileChange change = new Profiles.ProfileChange(displayName, publicHandle, languages, timeZone, bio, mailFrequency);
        try {
            return Response.ok(page(profiles.update(currentViewer.get(), change), "profile.saved", null)).build();
        } catch (Invalid invalid) {
            // show what the person typed, so that nothing is lost
            Profiles.Profile stored = profiles.of(currentViewer.get());
            Profiles.Profile typed = new Profiles.Profile(stored.id(), stored.username(), stored.email(), displayName,
                    publicHandle, languages, timeZone, bio, stored.mailFrequency(), stored.hasAvatar(), stored.role(),
                    stored.organisation());
            return Response.status(422).entity(page(typed, null, invalid)).build();
        }
    }

    @POST
    @Path("profile/avatar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response avatar(@FormParam("avatar") EntityPart avatar) throws IOException {
        Viewer viewer = currentViewer.get();
        try {
            if (avatar == null) throw Invalid.field("avatar", "Choose an image file.");
            try (InputStream in = avatar.getContent()) {
                profiles.setAvatar(viewer, in.readAllBytes());
            }
        } catch (ProblemException problem) {
            if (problem.status() == 401) throw problem;
            return Response.status(problem.status()).entity(page(profiles.of(viewer), null, problem)).build();
        }
        return Response.seeOther(URI.create("/profile")).build();
    }

    @GET
    @Path("avatars/{accountId}")
    @Operation(hidden = true)
    public Response avatarImage(@PathParam("accountId") long accountId) throws IOException {
        Profiles.Avatar avatar = profiles.avatarOf(currentViewer.get(), accountId);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(Files.newInputStream(avatar.file()), avatar.contentType()).cacheControl(cache).build();
    }

    @GET
    @Path("profile/tokens")
    @Operation(hidden = true)
    public View tokens() {
        Viewer viewer = currentViewer.get();
        profiles.of(viewer); // signed in?
        return new View("tokens", Map.of("tokens", apiTokens.of(viewer.accountId())));
    }

    @POST
    @Path("profile/tokens")
    @Operation(hidden = true)
    public Response newToken(@FormParam("name") String name) {
        Viewer viewer = currentViewer.get();
        profiles.of(viewer);
        if (name != null && name.length() > 100) {
            return Response.status(422).entity(new View("tokens", Map.of("tokens", apiTokens.of(viewer.accountId()),
                    "errors", Invalid.field("name", "Keep the name under 100 characters.").fieldErrors()))).build();
        }
        ApiTokens.Issued issued = apiTokens.issue(viewer.accountId(), name);
        return Response.ok(new View("tokens", Map.of("tokens", apiTokens.of(viewer.accountId()), "issued", issued))).build();
    }

    @POST
    @Path("profile/tokens/{id}/revoke")
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") long id) {
        Viewer viewer = currentViewer.get();
        profiles.of(viewer);
        apiTokens.revoke(viewer.accountId(), id);
        return Response.seeOther(URI.create("/profile/tokens")).build();
    }

    private View page(Profiles.Profile profile, String notice, ProblemException problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("profile", profile);
        model.put("zones", ZONES);
        if (notice != null) model.put("notice", notice);
        if (problem != null) {
            model.put("errors", problem.fieldErrors().isEmpty()
                    ? List.of(new org.commonplace.platform.problem.Problem.FieldError("avatar", problem.detail()))
                    : problem.fieldErrors());
        }
        return new View("profile", model);
    }
}
