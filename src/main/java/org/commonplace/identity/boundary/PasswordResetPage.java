package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.identity.control.PasswordResets;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** "Forgot your password?": ask for a link, then choose a new password through it. */
@Path("password-reset")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PasswordResetPage {
    @Inject PasswordResets resets;

    @GET
    @Operation(hidden = true)
    public View form() {
        return new View("password-reset-request", Map.of());
    }

    @POST
    @Operation(hidden = true)
    public View request(@FormParam("email") String email) {
        resets.request(email);
        return new View("password-reset-request", Map.of("sent", true));
    }

    @GET
    @Path("{token}")
    @Operation(hidden = true)
    public View choose(@PathParam("token") String token) {
        return new View("password-reset-choose", Map.of("token", token, "username", resets.usernameFor(token)));
    }

    @POST
    @Path("{token}")
    @Operation(hidden = true)
    public Response complete(@PathParam("token") String token, @FormParam("password") String password,
                             @FormParam("confirm") String confirm) {
        String username = resets.usernameFor(token);
        try {
            if (password == null || !password.equals(confirm)) throw Invalid.field("confirm", "The two passwords differ.");
            resets.complete(token, password);
        } catch (Invalid invalid) {
            return Response.status(422).entity(new View("password-reset-choose",
                    Map.of("token", token, "username", username, "errors", invalid.fieldErrors()))).build();
        }
        return Response.ok(new View("password-reset-done", Map.of())).build();
    }
}
