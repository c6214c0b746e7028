package org.commonplace.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.identity.control.ApiTokens;
import org.commonplace.identity.control.Sessions;
import org.commonplace.platform.problem.NotSignedIn;

import java.util.Optional;

/**
 * Works out who is asking, once per request, before any resource runs: a bearer token (API) or
 * the session cookie (browser). A bad bearer token is refused outright; a stale cookie just
 * leaves the visitor anonymous.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class Authentication implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = org.commonplace.platform.web.CsrfProtection.SESSION_COOKIE;

    @Inject CurrentViewer currentViewer;
    @Inject ApiTokens apiTokens;
    @Inject Sessions sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Viewer viewer = apiTokens.viewerFor(authorization.substring(7).strip())
                    .orElseThrow(() -> new NotSignedIn("The bearer token is unknown, expired or revoked. Get a new one from POST /api/v1/auth/token."));
            currentViewer.set(viewer, true);
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        Optional.ofNullable(cookie).map(Cookie::getValue).flatMap(sessions::viewerFor)
                .ifPresent(viewer -> currentViewer.set(viewer, false));
    }
}
