package org.commonplace.platform.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Inject ErrorResponses responses;

    @Override
    public Response toResponse(ProblemException e) {
        return responses.answer(e.toProblem(), e.retryAfterSeconds());
    }
}
