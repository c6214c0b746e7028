package org.commonplace.platform.problem;

import java.time.Duration;

/** 429 with a Retry-After in whole seconds. */
public class RateLimited extends ProblemException {
    private final long retryAfterSeconds;

    public RateLimited(String detail, Duration retryAfter) {
        super(429, "Too many requests", detail);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() { return retryAfterSeconds; }
}
