package org.commonplace.platform.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey reports an unreadable entity as a ProcessingException: the body was malformed. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
    @Inject ErrorResponses responses;

    @Override
    public Response toResponse(ProcessingException e) {
        if (e.getCause() instanceof ProblemException problem) {
            return responses.answer(problem.toProblem(), 0);
        }
        return responses.answer(Problem.of(400, "Malformed request",
                "The request body could not be read. Send valid JSON of the documented shape."), 0);
    }
}
