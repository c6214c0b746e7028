package org.commonplace.platform.problem;

import java.time.Duration;
import java.util.List;

/**
 * An expected failure with a meaning for the person who caused it. Each subclass names one
 * situation; {@link ProblemExceptionMapper} turns them into HTTP answers in one place.
 */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final long retryAfterSeconds;

    protected ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    /** retryAfter: when trying again may succeed (sent as Retry-After in whole seconds, at least 1); null for never. */
    protected ProblemException(int status, String title, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfter == null ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public int status() { return status; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<Problem.FieldError> fieldErrors() { return List.of(); }
    /** Seconds for a Retry-After header; 0 for none (the request will not succeed by waiting). */
    public long retryAfterSeconds() { return retryAfterSeconds; }

    public Problem toProblem() {
        List<Problem.FieldError> errors = fieldErrors();
        return new Problem("about:blank", title, status, detail(), errors.isEmpty() ? null : errors);
    }
}
