package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.util.Map;
import java.util.Optional;

/** The addresses that accept files, each with its own body limit instead of the general one. */
@ApplicationScoped
public class UploadLimits {
    @Inject Settings settings;

    public Optional<Long> limitFor(String path) {
        Map<String, Long> limits = Map.of(
                "/profile/avatar", settings.avatarLimitBytes() + 64 * 1024, // the file plus the form around it
                "/admin/invitations/csv", settings.bodyLimitBytes());
        return limits.entrySet().stream()
                .filter(e -> path.equals(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
