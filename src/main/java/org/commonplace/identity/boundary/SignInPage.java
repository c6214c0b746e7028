package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.identity.control.SignIn;
import org.commonplace.identity.control.Sessions;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.view.View;
import org.commonplace.platform.web.CookieHeaders;
import org.commonplace.platform.web.CsrfProtection;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The sign-in form and sign-out for browsers. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    @Inject SignIn signIn;
    @Inject Sessions sessions;
    @Inject Settings settings;
    @Inject CurrentViewer currentViewer;
    @Inject HttpServletRequest request;
    @Inject org.commonplace.platform.web.ClientAddress clientAddress;

    @GET
    @Path("login")
    @Operation(hidden = true)
    public Response form(@QueryParam("next") String next) {
        if (currentViewer.get().signedIn()) return Response.seeOther(URI.create(safeNext(next))).build();
        return Response.ok(page(null, "", next)).build();
    }

    @POST
    @Path("login")
    @Operation(hidden = true)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("next") String next, @CookieParam(Authentication.SESSION_COOKIE) String previous) {
        SignIn.Outcome outcome = signIn.attempt(username, password, clientAddress.of(request));
        if (outcome instanceof SignIn.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(page("signin.throttled", username, next)).build();
        }
        if (!(outcome instanceof SignIn.Success success)) {
            return Response.status(401).entity(page("signin.failed", username, next)).build();
        }
        String token = sessions.start(success.accountId(), previous);
        return Response.seeOther(URI.create(safeNext(next)))
                .header("Set-Cookie", CsrfProtection.rotate(request, settings.secureCookies()))
                .header("Set-Cookie", CookieHeaders.of(Authentication.SESSION_COOKIE, token, -1, settings.secureCookies()))
                .build();
    }

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response signOut(@CookieParam(Authentication.SESSION_COOKIE) String token) {
        if (token != null) sessions.end(token);
        return Response.seeOther(URI.create("/"))
                .header("Set-Cookie", CsrfProtection.rotate(request, settings.secureCookies()))
                .header("Set-Cookie", CookieHeaders.of(Authentication.SESSION_COOKIE, "", 0, settings.secureCookies()))
                .build();
    }

    private View page(String errorKey, String username, String next) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        model.put("next", safeNext(next));
        if (errorKey != null) model.put("error", errorKey);
        return new View("login", model);
    }

    /** Only paths on this site, so the form cannot be used to send people elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
        return next;
    }
}
