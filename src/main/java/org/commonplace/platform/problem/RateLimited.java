package org.commonplace.platform.problem;

import java.time.Duration;

/** 429 with a Retry-After in whole seconds. */
public class RateLimited extends ProblemException {
    public RateLimited(String detail, Duration retryAfter) {
        super(429, "Too many requests", detail, retryAfter);
    }
}
