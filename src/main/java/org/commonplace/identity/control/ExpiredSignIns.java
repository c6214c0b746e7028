package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;

/** Removes what no longer has a use: expired sessions, and sign-in attempts older than a day. */
@ApplicationScoped
public class ExpiredSignIns {
    public record Forgotten(int sessions, int attempts) { }

    @Inject Sessions sessions;
    @Inject SignInThrottle throttle;
    @Inject AppClock clock;

    @Transactional
    public Forgotten forget() {
        return new Forgotten(sessions.forgetExpired(), throttle.forgetBefore(clock.now().minus(Duration.ofDays(1))));
    }
}
