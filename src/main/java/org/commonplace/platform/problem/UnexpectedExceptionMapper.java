package org.commonplace.platform.problem;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.platform.web.RequestIds;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything nobody expected: logged with the request id, answered with a 500 that tells the
 * person what to quote when they report it, and nothing of the internals.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject ErrorResponses responses;
    @Inject HttpServletRequest request;

    @Override
    public Response toResponse(Exception e) {
        Throwable cause = unwrap(e);
        if (cause instanceof org.commonplace.platform.web.BodySizeLimit.BodyTooLarge tooLarge) {
            return responses.answer(new TooLarge(tooLarge.limit).toProblem(), 0);
        }
        if (changedConcurrently(e)) {
            return responses.answer(new Conflict("Someone changed this at the same moment. Reload the page and try again.").toProblem(), 0);
        }
        if (cause instanceof ProblemException problem) {
            return responses.answer(problem.toProblem(), problem.retryAfterSeconds());
        }
        String requestId = RequestIds.of(request);
        LOG.log(Level.SEVERE, "Unexpected failure in request " + requestId, e);
        return responses.answer(Problem.of(500, "Something went wrong",
                "The request failed on our side. If it keeps happening, quote request id " + requestId + "."), 0);
    }

    /**
     * Two requests changed the same row at once: an optimistic-lock failure, or a unique constraint
     * hit by a concurrent insert (SQL state class 23). The caller can simply try again.
     */
    private static boolean changedConcurrently(Throwable e) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (current instanceof jakarta.persistence.OptimisticLockException) return true;
            if (current instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (current.getCause() == current) break;
        }
        return false;
    }

    /** Transactions and EJBs wrap our own exceptions; find them. */
    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        for (int depth = 0; current != null && depth < 8; depth++) {
            if (current instanceof ProblemException
                    || current instanceof org.commonplace.platform.web.BodySizeLimit.BodyTooLarge) return current;
            current = current.getCause();
        }
        return e;
    }
}
