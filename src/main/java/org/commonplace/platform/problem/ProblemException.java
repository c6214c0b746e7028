package org.commonplace.platform.problem;

import java.util.List;

/**
 * An expected failure with a meaning for the person who caused it. Each subclass names one
 * situation; {@link ProblemExceptionMapper} turns them into HTTP answers in one place.
 */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String title;

    protected ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() { return status; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<Problem.FieldError> fieldErrors() { return List.of(); }

    public Problem toProblem() {
        List<Problem.FieldError> errors = fieldErrors();
        return new Problem("about:blank", title, status, detail(), errors.isEmpty() ? null : errors);
    }
}
