package org.commonplace.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Role;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.cohort.entity.CohortMembership;
import org.commonplace.cohort.entity.Organisation;
import org.commonplace.cohort.entity.Programme;
import org.commonplace.identity.control.PasswordHasher;
import org.commonplace.identity.entity.Account;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;

/** The demo programme: two cohorts, three partner organisations, a coordinator, two mentors, three partners. */
@ApplicationScoped
public class DemoLoader {
    public static final String PASSWORD = "commonplace-demo";

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject PasswordHasher hasher;
    @Inject AppClock clock;
    @Inject jakarta.enterprise.event.Event<org.commonplace.cohort.control.CohortCreated> cohortCreated;
    @Inject DemoForum forum;
    @Inject DemoWorkspaces workspaces;
    @Inject DemoBlog blog;

    static final String PROGRAMME_SLUG = "digital-capacity-2026";

    /** @return false if the demo programme is there already (accounts made otherwise do not count) */
    @Transactional
    public boolean load() {
        if (em.createQuery("select count(p) from Programme p where p.slug = :s", Long.class)
                .setParameter("s", PROGRAMME_SLUG).getSingleResult() > 0) return false;
        Instant now = clock.now();

        Programme programme = persist(new Programme("Digital Capacity Programme 2026", PROGRAMME_SLUG,
                "Nine months in which experienced mentors help community organisations make better use of data and digital tools.", now));
        Cohort cohortA = persist(new Cohort(programme, "Cohort A", "cohort-a",
                "Youth and open-data organisations, January to September 2026.", now));
        Cohort cohortB = persist(new Cohort(programme, "Cohort B", "cohort-b",
                "Women's and family services, March to November 2026.", now));

        Organisation northside = persist(new Organisation("Northside Youth Network", true, now));
        Organisation openData = persist(new Organisation("Open Data Collective", true, now));
        Organisation harbour = persist(new Organisation("Harbour Women's Centre", false, now));

        Account coordinator = account("coordinator", "Cora Coordinator", Role.COORDINATOR, null, now);
        Account mentor1 = account("mentor1", "Mina Mentor", Role.MENTOR, null, now);
        Account mentor2 = account("mentor2", "Marek Mentor", Role.MENTOR, null, now);
        Account partner1 = account("partner1", "Pat Northside", Role.PARTNER, northside, now);
        Account partner2 = account("partner2", "Priya Opendata", Role.PARTNER, openData, now);
        Account partner3 = account("partner3", "Hana Harbour", Role.PARTNER, harbour, now);
        em.flush();

        join(cohortA, mentor1, now);
        join(cohortA, partner1, now);
        join(cohortA, partner2, now);
        join(cohortB, mentor2, now);
        join(cohortB, partner3, now);
        em.flush();
        // the demo conversations notify in the application, but send no e-mail at start-up
        List<Account> people = List.of(mentor1, mentor2, partner1, partner2, partner3);
        people.forEach(a -> mailFrequency(a, org.commonplace.identity.entity.MailFrequency.NEVER));
        forum.load(cohortA.id(), cohortB.id(), mentor1, mentor2, partner1, partner2, partner3);
        workspaces.load(coordinator, mentor1, mentor2, partner1, partner3, DemoWorkspaces.today(now));
        blog.load(coordinator, mentor1, mentor2, partner1, partner2, partner3);
        people.forEach(a -> mailFrequency(a, org.commonplace.identity.entity.MailFrequency.IMMEDIATE));
        coordinator.updateProfile(coordinator.displayName(), null, "English, Hungarian", "Europe/Budapest",
                "Runs the Digital Capacity Programme.", coordinator.mailFrequency());
        return true;
    }

    private Account account(String username, String name, Role role, Organisation organisation, Instant now) {
        // demo members joined months ago: they are not "new accounts" with a posting limit
        Account account = new Account(username, username + "@demo.commonplace.example", name, role, organisation,
                now.minus(java.time.Duration.ofDays(90)));
        account.setPasswordHash(hasher.hash(PASSWORD));
        return persist(account);
    }

    private static void mailFrequency(Account a, org.commonplace.identity.entity.MailFrequency frequency) {
        a.updateProfile(a.displayName(), a.publicHandle(), a.languages(), a.timeZone(), a.bio(), frequency);
    }

    private void join(Cohort cohort, Account account, Instant now) {
        em.persist(new CohortMembership(cohort.id(), account.id(), now));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        if (entity instanceof Cohort cohort) {
            cohortCreated.fire(new org.commonplace.cohort.control.CohortCreated(cohort.id()));
        }
        return entity;
    }
}
