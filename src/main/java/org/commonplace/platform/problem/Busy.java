package org.commonplace.platform.problem;

import java.time.Duration;

/** 503 with a Retry-After in whole seconds: this node has more of this work than it takes on at once. */
public class Busy extends ProblemException {
    public Busy(String detail, Duration retryAfter) {
        super(503, "Busy", detail, retryAfter);
    }
}
