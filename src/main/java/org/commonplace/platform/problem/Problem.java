package org.commonplace.platform.problem;

import java.util.List;

/** An RFC 9457 problem detail, the body of every API error. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) { }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }
}
