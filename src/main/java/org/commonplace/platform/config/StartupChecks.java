package org.commonplace.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start in production mode without the secrets production needs, and names each
 * missing one; warns in development mode instead.
 */
@Startup
@Singleton
public class StartupChecks {
    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    @Inject Settings settings;
    @Inject Config config;

    @PostConstruct
    void check() {
        List<String> missing = missingForProduction();
        if (settings.production()) {
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Commonplace will not start in production mode without: "
                        + String.join(", ", missing));
            }
            if (settings.demo()) {
                throw new IllegalStateException("Commonplace will not load demo content in production mode "
                        + "(unset COMMONPLACE_DEMO)");
            }
        } else {
            LOG.warning(() -> "Running in " + settings.mode() + " mode: fine for trying Commonplace out, "
                    + "not for real programmes. Production mode needs " + missingForProductionAll());
        }
    }

    List<String> missingForProduction() {
        List<String> missing = new ArrayList<>();
        if (settings.secret().map(s -> s.length() < 32).orElse(true)) {
            missing.add("COMMONPLACE_SECRET (at least 32 characters, the same on every node)");
        }
        if (config.getOptionalValue("commonplace.db.password", String.class).filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("COMMONPLACE_DB_PASSWORD");
        }
        if (!config.getOptionalValue("commonplace.db.url", String.class).orElse("").startsWith("jdbc:postgresql:")) {
            missing.add("COMMONPLACE_DB_URL (a jdbc:postgresql: URL)");
        }
        if (!config.getOptionalValue("commonplace.base-url", String.class).orElse("").startsWith("https://")) {
            missing.add("COMMONPLACE_BASE_URL (the public https:// address)");
        }
        return missing;
    }

    private String missingForProductionAll() {
        return "COMMONPLACE_SECRET, COMMONPLACE_DB_URL, COMMONPLACE_DB_PASSWORD and COMMONPLACE_BASE_URL";
    }
}
