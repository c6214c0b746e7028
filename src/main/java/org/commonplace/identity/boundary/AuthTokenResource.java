package org.commonplace.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.Access;
import org.commonplace.access.CurrentViewer;
import org.commonplace.identity.control.ApiTokens;
import org.commonplace.identity.control.MeView;
import org.commonplace.identity.control.MeViews;
import org.commonplace.identity.control.SignIn;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotSignedIn;
import org.commonplace.platform.web.Bodies;
import org.commonplace.platform.problem.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** Sign in for the API: username and password in, bearer token out. */
@Path("api/v1/auth/token")
@RequestScoped
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokenResource {
    public record Credentials(String username, String password, String tokenName) {
        void check() {
            new Invalid.Collector()
                    .check(username != null && !username.isBlank(), "username", "Give your username or e-mail address.")
                    .check(username == null || username.length() <= 254, "username", "A username or e-mail address has at most 254 characters.")
                    .check(password != null && !password.isEmpty(), "password", "Give your password.")
                    .check(password == null || password.length() <= 200, "password", "A password has at most 200 characters.")
                    .check(tokenName == null || tokenName.length() <= 100, "tokenName", "Keep the token name under 100 characters.")
                    .throwIfAny();
        }
    }

    public record TokenAnswer(String token, Instant expiresAt, MeView user) { }

    @Inject SignIn signIn;
    @Inject ApiTokens apiTokens;
    @Inject MeViews me;
    @Inject HttpServletRequest request;
    @Inject org.commonplace.platform.web.ClientAddress clientAddress;
    @Inject CurrentViewer currentViewer;
    @Inject Access access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in and get a bearer token",
            description = "401 for a wrong username or password (the same answer for both), 429 with Retry-After after 5 failures in 15 minutes.")
    public TokenAnswer signIn(Credentials credentials) {
        Bodies.required(credentials, "{\"username\",\"password\"}").check();
        SignIn.Outcome outcome = signIn.attempt(credentials.username(), credentials.password(), clientAddress.of(request));
        if (outcome instanceof SignIn.Throttled throttled) {
            throw new RateLimited("Too many failed sign-ins. Wait a while and try again.", throttled.retryAfter());
        }
        if (!(outcome instanceof SignIn.Success success)) {
            throw new NotSignedIn("The username or password is not right.");
        }
        ApiTokens.Issued issued = apiTokens.issue(success.accountId(),
                credentials.tokenName() == null ? "API sign-in" : credentials.tokenName());
        return new TokenAnswer(issued.token(), issued.expiresAt(), me.of(success.accountId()));
    }

    @DELETE
    @Operation(summary = "Revoke the bearer token this request carries (sign out of the API)")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.requireSignedIn(currentViewer.get());
        if (!currentViewer.viaBearerToken()) throw new NotSignedIn("Send the token to revoke as Authorization: Bearer.");
        apiTokens.revoke(authorization.substring(7).strip());
        return Response.noContent().build();
    }
}
