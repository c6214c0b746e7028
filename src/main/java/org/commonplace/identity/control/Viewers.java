package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.Account;

import java.util.HashSet;
import java.util.Optional;

/** Builds the {@link Viewer} of a signed-in account: role, organisation, cohorts. */
@ApplicationScoped
public class Viewers {
    @Inject AccountStore accounts;

    /** The viewer of an account that may sign in; empty for an unknown, invited or disabled one. */
    public Optional<Viewer> of(long accountId) {
        return accounts.viewerFacts(accountId).map(a -> new Viewer(a.id(), a.username(), a.displayName(), a.role(),
                a.organisationId(), new HashSet<>(accounts.cohortIdsOf(a.id()))));
    }

    public Viewer of(Account account) {
        Long organisationId = account.organisation() == null ? null : account.organisation().id();
        return new Viewer(account.id(), account.username(), account.displayName(), account.role(), organisationId,
                new HashSet<>(accounts.cohortIdsOf(account.id())));
    }
}
