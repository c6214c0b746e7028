package org.commonplace.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start in production mode without the settings production needs, naming each missing
 * one; in other modes it says once what production would need.
 */
@Startup
@Singleton
public class StartupChecks {
    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    @Inject Settings settings;
    @Inject Config config;

    @PostConstruct
    void check() {
        List<String> missing = ProductionRequirements.missing(key -> config.getOptionalValue(key, String.class));
        if (settings.production()) {
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Commonplace will not start in production mode without: "
                        + String.join("; ", missing));
            }
            if (settings.demo()) {
                throw new IllegalStateException("Commonplace will not load demo content in production mode (unset COMMONPLACE_DEMO)");
            }
        } else {
            LOG.warning(() -> "Running in " + settings.mode() + " mode: fine for trying Commonplace out, not for "
                    + "real programmes." + (missing.isEmpty() ? "" : " Production mode would need: " + String.join("; ", missing)));
        }
    }
}
