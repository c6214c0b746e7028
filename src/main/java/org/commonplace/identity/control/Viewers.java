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

    public Optional<Viewer> of(long accountId) {
        return accounts.byId(accountId).filter(Account::canSignIn).map(this::of);
    }

    public Viewer of(Account account) {
        Long organisationId = account.organisation() == null ? null : account.organisation().id();
        return new Viewer(account.id(), account.username(), account.displayName(), account.role(), organisationId,
                new HashSet<>(accounts.cohortIdsOf(account.id())));
    }
}
