package org.commonplace.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's idea of "now". Everything that expires or is scheduled reads it, so tests can
 * move time forward (only in test mode, through {@link TestClockResource}) instead of sleeping.
 */
@ApplicationScoped
public class AppClock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject Settings settings;

    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    void advance(Duration duration) {
        if (!"test".equalsIgnoreCase(settings.mode())) {
            throw new IllegalStateException("The clock can only be moved in test mode");
        }
        offset.accumulateAndGet(duration, Duration::plus);
    }

    void reset() { offset.set(Duration.ZERO); }
}
