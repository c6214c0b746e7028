package org.commonplace.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo programme of shared/API.md into an empty database when commonplace.demo is true
 * (the README's Run command sets it; production mode refuses it).
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "StartupChecks"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContent {
    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject Settings settings;
    @Inject DemoLoader loader;

    @PostConstruct
    void load() {
        if (!settings.demo()) return;
        try {
            if (loader.load()) LOG.info("Demo content loaded: sign in as coordinator, mentor1 … partner3 with password commonplace-demo");
        } catch (RuntimeException e) {
            // another node may have loaded it at the same moment; the unique constraints keep one copy
            LOG.log(Level.WARNING, "Demo content not loaded", e);
        }
    }
}
