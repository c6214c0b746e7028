package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.identity.control.Invitations;
import org.commonplace.identity.control.Sessions;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.view.View;
import org.commonplace.platform.web.CookieHeaders;
import org.commonplace.platform.web.CsrfProtection;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Map;

/** Where an invitation link leads: choose a password, and be signed in. */
@Path("invitation/{token}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class InvitationPage {
    @Inject Invitations invitations;
    @Inject Sessions sessions;
    @Inject Settings settings;
    @Inject HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public View form(@PathParam("token") String token) {
        return new View("invitation", Map.of("token", token, "account", invitations.inviteeFor(token)));
    }

    @POST
    @Operation(hidden = true)
    public Response accept(@PathParam("token") String token, @FormParam("displayName") String displayName,
                           @FormParam("password") String password, @FormParam("confirm") String confirm) {
        Invitations.Invitee account = invitations.inviteeFor(token);
        long accountId;
        try {
            if (password == null || !password.equals(confirm)) throw Invalid.field("confirm", "The two passwords differ.");
            accountId = invitations.accept(token, displayName, password);
        } catch (Invalid invalid) {
            return Response.status(422).entity(new View("invitation",
                    Map.of("token", token, "account", account, "errors", invalid.fieldErrors()))).build();
        }
        String session = sessions.start(accountId, null);
        return Response.seeOther(URI.create("/"))
                .header("Set-Cookie", CsrfProtection.rotate(request, settings.secureCookies()))
                .header("Set-Cookie", CookieHeaders.of(Authentication.SESSION_COOKIE, session, -1, settings.secureCookies()))
                .build();
    }
}
