package org.commonplace.platform.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies become 422 with one message per field. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Inject ErrorResponses responses;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return responses.answer(new Invalid(errors).toProblem(), 0);
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        // a parameter that is null as a whole (no body at all) is named arg0 by the validator
        return name == null || name.startsWith("arg") ? "body" : name;
    }
}
