package org.commonplace.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.CohortViews.OrganisationSummary;
import org.commonplace.cohort.control.CohortViews.ProgrammeSummary;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.cohort.entity.CohortMembership;
import org.commonplace.cohort.entity.Organisation;
import org.commonplace.cohort.entity.Programme;
import org.commonplace.identity.control.AccountStore;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What coordinators do to set a programme up: programmes, cohorts, organisations, who is in which cohort. */
@ApplicationScoped
public class Programmes {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;
    @Inject AccountStore accounts;
    @Inject jakarta.enterprise.event.Event<CohortCreated> cohortCreated;

    @Transactional
    public List<ProgrammeSummary> all(Viewer viewer) {
        access.requireCoordinator(viewer);
        List<Programme> programmes = em.createQuery("select p from Programme p order by p.name", Programme.class).getResultList();
        Map<Long, Long> counts = em.createQuery("select m.cohortId, count(m) from CohortMembership m group by m.cohortId", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        Map<Long, List<Cohort>> cohorts = em.createQuery("select c from Cohort c order by c.name", Cohort.class)
                .getResultStream().collect(Collectors.groupingBy(c -> c.programme().id()));
        return programmes.stream().map(p -> new ProgrammeSummary(p.id(), p.name(), p.slug(), p.description(),
                p.coordinatorsReadWorkspaces(),
                cohorts.getOrDefault(p.id(), List.of()).stream()
                        .map(c -> Cohorts.summary(c, counts.getOrDefault(c.id(), 0L))).toList())).toList();
    }

    @Transactional
    public long createProgramme(Viewer viewer, String name, String description) {
        access.requireCoordinator(viewer);
        checkName(name, description);
        Programme programme = new Programme(name.strip(), uniqueSlug("Programme", slug(name)), blankToNull(description), clock.now());
        em.persist(programme);
        em.flush();
        return programme.id();
    }

    @Transactional
    public long createCohort(Viewer viewer, long programmeId, String name, String description) {
        access.requireCoordinator(viewer);
        checkName(name, description);
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) throw new NotVisible("programme");
        Cohort cohort = new Cohort(programme, name.strip(), uniqueSlug("Cohort", slug(name)), blankToNull(description), clock.now());
        em.persist(cohort);
        em.flush();
        cohortCreated.fire(new CohortCreated(cohort.id()));
        return cohort.id();
    }

    @Transactional
    public List<OrganisationSummary> organisations(Viewer viewer) {
        access.requireCoordinator(viewer);
        Map<Long, Long> members = em.createQuery("select a.organisation.id, count(a) from Account a where a.organisation is not null group by a.organisation.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultStream()
                .map(o -> new OrganisationSummary(o.id(), o.name(), o.nameShownOutside(), members.getOrDefault(o.id(), 0L)))
                .toList();
    }

    @Transactional
    public long createOrganisation(Viewer viewer, String name, boolean nameShownOutside) {
        access.requireCoordinator(viewer);
        checkName(name, null);
        if (organisationNamed(name).isPresent()) {
            throw Invalid.field("name", "An organisation with this name exists already.");
        }
        Organisation organisation = new Organisation(name.strip(), nameShownOutside, clock.now());
        em.persist(organisation);
        em.flush();
        return organisation.id();
    }

    public java.util.Optional<Organisation> organisationNamed(String name) {
        return em.createQuery("select o from Organisation o where lower(o.name) = :n", Organisation.class)
                .setParameter("n", name.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Transactional
    public void addMember(Viewer viewer, long cohortId, String username) {
        access.requireCoordinator(viewer);
        if (em.find(Cohort.class, cohortId) == null) throw new NotVisible("cohort");
        var account = accounts.byLogin(username).orElseThrow(() -> Invalid.field("username", "There is no account with this username."));
        if (em.find(CohortMembership.class, new CohortMembership.Key(cohortId, account.id())) != null) {
            throw new Conflict(account.displayName() + " is in this cohort already.");
        }
        em.persist(new CohortMembership(cohortId, account.id(), clock.now()));
    }

    @Transactional
    public void removeMember(Viewer viewer, long cohortId, long accountId) {
        access.requireCoordinator(viewer);
        CohortMembership membership = em.find(CohortMembership.class, new CohortMembership.Key(cohortId, accountId));
        if (membership == null) throw new NotVisible("membership");
        em.remove(membership);
    }

    /** Joins the caller's transaction: used by invitations and demo content. */
    public void join(long cohortId, long accountId) {
        if (em.find(CohortMembership.class, new CohortMembership.Key(cohortId, accountId)) == null) {
            em.persist(new CohortMembership(cohortId, accountId, clock.now()));
        }
    }

    public java.util.Optional<Cohort> cohortBySlugOrName(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select c from Cohort c where c.slug = :k or lower(c.name) = :k", Cohort.class)
                .setParameter("k", k).getResultStream().findFirst();
    }

    private static void checkName(String name, String description) {
        new Invalid.Collector()
                .check(name != null && !name.isBlank(), "name", "Give it a name.")
                .check(name == null || name.strip().length() <= MAX_NAME, "name", "Keep the name under " + MAX_NAME + " characters.")
                .check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                        "Keep the description under " + MAX_DESCRIPTION + " characters.")
                .throwIfAny();
    }

    private String uniqueSlug(String entity, String base) {
        String candidate = base;
        for (int n = 2; !em.createQuery("select e.id from " + entity + " e where e.slug = :s", Long.class)
                .setParameter("s", candidate).getResultList().isEmpty(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) slug = "item";
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
