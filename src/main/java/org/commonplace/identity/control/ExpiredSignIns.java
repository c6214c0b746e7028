package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;

/** Removes what no longer has a use: expired sessions, and sign-in attempts older than a day (or the throttling window, if longer). */
@ApplicationScoped
public class ExpiredSignIns {
    public record Forgotten(int sessions, int attempts) { }

    @Inject Sessions sessions;
    @Inject SignInThrottle throttle;
    @Inject AppClock clock;
    @Inject org.commonplace.platform.config.Settings settings;

    @Transactional
    public Forgotten forget() {
        Duration keep = settings.signInWindow().compareTo(Duration.ofDays(1)) > 0 ? settings.signInWindow() : Duration.ofDays(1);
        return new Forgotten(sessions.forgetExpired(), throttle.forgetBefore(clock.now().minus(keep)));
    }
}
