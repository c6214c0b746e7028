package org.commonplace.platform.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that JSON-B cannot read is the caller's mistake: 400, never 500. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {
    @Inject ErrorResponses responses;

    @Override
    public Response toResponse(JsonbException e) {
        return responses.answer(Problem.of(400, "Malformed request",
                "The request body is not valid JSON of the documented shape."), 0);
    }
}
