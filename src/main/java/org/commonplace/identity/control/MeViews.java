package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.identity.entity.Account;
import org.commonplace.platform.problem.NotSignedIn;

import java.util.List;

/** Reads the caller's own account for the API. */
@ApplicationScoped
public class MeViews {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Transactional
    public MeView of(long accountId) {
        Account a = em.find(Account.class, accountId);
        if (a == null) throw new NotSignedIn();
        List<MeView.CohortRef> cohorts = em.createQuery("select c from Cohort c, CohortMembership m "
                        + "where m.cohortId = c.id and m.accountId = :a order by c.name", Cohort.class)
                .setParameter("a", accountId).getResultStream()
                .map(c -> new MeView.CohortRef(c.id(), c.name(), c.slug())).toList();
        return new MeView(a.id(), a.username(), a.displayName(), a.publicHandle(), List.of(a.role().apiName()),
                a.organisation() == null ? null : new MeView.OrganisationRef(a.organisation().id(), a.organisation().name()),
                cohorts, a.timeZone(), a.languages(), a.bio(), a.mailFrequency().name());
    }
}
