package org.commonplace.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.platform.view.View;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns a problem into the answer the caller can use: problem+json for the API and for clients that
 * ask for JSON, a themed HTML page for people, and a redirect to the sign-in page when a person who
 * is not signed in opens a members' page.
 */
@ApplicationScoped
public class ErrorResponses {
    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @Inject HttpServletRequest request;

    public Response answer(Problem problem, long retryAfterSeconds) {
        Response.ResponseBuilder builder;
        if (wantsHtml()) {
            if (problem.status() == 401 && "GET".equals(request.getMethod())) {
                String next = pathWithQuery();
                return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))).build();
            }
            builder = Response.status(problem.status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(new View("error", Map.of("problem", problem)));
        } else {
            builder = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        }
        if (retryAfterSeconds > 0) builder.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        return builder.build();
    }

    private boolean wantsHtml() {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) return false;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) return true;
        return accept.contains("text/html") || !(accept.contains("json"));
    }

    private String pathWithQuery() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
