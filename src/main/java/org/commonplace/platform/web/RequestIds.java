package org.commonplace.platform.web;

import jakarta.servlet.ServletRequest;

/** The id of the current request: in the log line, the X-Request-Id header and 500 answers. */
public final class RequestIds {
    public static final String ATTRIBUTE = "commonplace.requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() { }

    public static String of(ServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "-" : id.toString();
    }
}
