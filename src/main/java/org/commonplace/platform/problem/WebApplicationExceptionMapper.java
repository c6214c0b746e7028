package org.commonplace.platform.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own failures (no such path, wrong method, unreadable body) in the same shape as ours. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Inject ErrorResponses responses;
    @Inject jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) return original; // redirects thrown as exceptions pass through
        if (status == 400 && request.getContentLengthLong() == 0) {
            return responses.answer(Problem.of(400, "Malformed request",
                    "The request has no body. Send JSON of the shape described at /openapi."), 0);
        }
        return responses.answer(describe(status), 0);
    }

    static Problem describe(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "Malformed request", "The request could not be read. If you sent JSON, check that it is valid JSON of the documented shape.");
            case 401 -> Problem.of(401, "Not signed in", "Sign in to do this.");
            case 403 -> Problem.of(403, "Not allowed", "You may not do this.");
            case 404 -> Problem.of(404, "Not found", "There is nothing at this address, or you may not see it.");
            case 405 -> Problem.of(405, "Method not allowed", "This address does not accept that kind of request.");
            case 406 -> Problem.of(406, "Not acceptable", "This address cannot answer in the format you asked for.");
            case 413 -> Problem.of(413, "Too large", "The request is larger than this address accepts.");
            case 415 -> Problem.of(415, "Unsupported media type", "Send this request as application/json (or as the form the page sends).");
            default -> Problem.of(status, "Request failed", "The request could not be completed.");
        };
    }
}
