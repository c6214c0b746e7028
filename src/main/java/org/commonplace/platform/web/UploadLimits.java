package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.util.Map;
import java.util.Optional;

/**
 * The addresses that accept files, each with its own body limit instead of the general one:
 * platform's own (avatar, invitation CSV) and those of every feature's {@link UploadLimit}.
 */
@ApplicationScoped
public class UploadLimits {
    @Inject Settings settings;
    @Inject Instance<UploadLimit> features;

    public Optional<Long> limitFor(String path) {
        Map<String, Long> limits = Map.of(
                "/profile/avatar", settings.avatarLimitBytes() + 64 * 1024, // the file plus the form around it
                "/admin/invitations/csv", settings.bodyLimitBytes());
        Optional<Long> own = limits.entrySet().stream()
                .filter(e -> path.equals(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
        if (own.isPresent()) return own;
        for (UploadLimit feature : features) {
            Optional<Long> limit = feature.limitFor(path);
            if (limit.isPresent()) return limit;
        }
        return Optional.empty();
    }
}
