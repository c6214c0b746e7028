package org.commonplace.identity.control;

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
 * With COMMONPLACE_BOOTSTRAP_COORDINATOR_EMAIL set, the address gets a coordinator invitation at
 * start-up unless it has an account already. Without it an installation without demo content would
 * have nobody who may invite anyone.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstCoordinator {
    private static final Logger LOG = Logger.getLogger(FirstCoordinator.class.getName());

    @Inject Settings settings;
    @Inject Invitations invitations;

    @PostConstruct
    void invite() {
        settings.bootstrapCoordinatorEmail().ifPresent(email -> {
            try {
                if (invitations.inviteConfiguredCoordinator(email)) {
                    LOG.info(() -> "Invited " + email + " to be a coordinator: the link is in their e-mail");
                }
            } catch (RuntimeException e) {
                // another node may have invited the same address at the same moment
                LOG.log(Level.WARNING, "Could not invite the configured coordinator " + email, e);
            }
        });
    }
}
