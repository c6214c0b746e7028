package org.commonplace.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What production mode insists on, as a pure function of the configuration so it can be tested alone. */
public final class ProductionRequirements {
    private ProductionRequirements() { }

    /** The settings that are missing or unfit for production, each named as the environment variable to set. */
    public static List<String> missing(Function<String, Optional<String>> config) {
        List<String> missing = new ArrayList<>();
        if (!value(config, "commonplace.db.url").orElse("").startsWith("jdbc:postgresql:")) {
            missing.add("COMMONPLACE_DB_URL (a jdbc:postgresql: URL)");
        }
        if (!value(config, "commonplace.db.driver").orElse("").startsWith("org.postgresql.")) {
            missing.add("COMMONPLACE_DB_DRIVER (org.postgresql.ds.PGSimpleDataSource)");
        }
        if (value(config, "commonplace.db.password").isEmpty()) {
            missing.add("COMMONPLACE_DB_PASSWORD");
        }
        if (!value(config, "commonplace.base-url").orElse("").startsWith("https://")) {
            missing.add("COMMONPLACE_BASE_URL (the public https:// address)");
        }
        if (value(config, "commonplace.smtp.host").isEmpty()) {
            missing.add("COMMONPLACE_SMTP_HOST");
        }
        return missing;
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).filter(s -> !s.isBlank());
    }
}
