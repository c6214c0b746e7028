package org.commonplace.workspace.checkin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.platform.view.View;
import org.commonplace.workspace.checkin.control.Checkins;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * The one-click answers from the reminder e-mail; no sign-in, the signed link is the proof. A link
 * records its rating at once when a person opened it (the browser says so with
 * {@code Sec-Fetch-User: ?1}); a mail program's link scanner or any other client gets a page with
 * one button instead, so that nothing is recorded by a machine that merely followed the link.
 */
@Path("check-ins/answer/{token}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class OneClickAnswerPage {
    @Inject Checkins checkins;

    @GET
    @Operation(hidden = true)
    public View oneClick(@PathParam("token") String token, @HeaderParam("Sec-Fetch-User") String fetchUser) {
        Checkins.OneClick click = "?1".equals(fetchUser) ? checkins.recordOneClick(token) : checkins.readOneClick(token);
        return new View("checkin-one-click", Map.of("click", click, "token", token));
    }

    @POST
    @Operation(hidden = true)
    public View confirm(@PathParam("token") String token) {
        return new View("checkin-one-click", Map.of("click", checkins.recordOneClick(token), "token", token));
    }
}
