package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.forum.control.ForumViews.Endorsements;
import org.commonplace.forum.control.ForumViews.ThreadSummary;
import org.commonplace.forum.entity.Endorsement;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.ThreadKind;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.time.AppClock;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shared problems: partners say "we have this too" for their organisation (two people of one
 * organisation count once), and each cohort sees its pain points ranked by how many organisations
 * they affect, then by recent activity.
 */
@ApplicationScoped
public class PainPoints {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;
    @Inject jakarta.enterprise.inject.Instance<Threads> threads;

    @Transactional
    public Endorsements endorse(Viewer viewer, long threadId) {
        ForumThread thread = threads.get().visible(viewer, threadId);
        if (!thread.isPainPoint()) throw new Conflict("Only pain points can be endorsed; this is a discussion.");
        if (!viewer.isPartner() || viewer.organisationId() == null) {
            throw new NotAllowed("\"We have this too\" speaks for a partner organisation: only partner members endorse.");
        }
        if (em.find(Endorsement.class, new Endorsement.Key(threadId, viewer.accountId())) == null) {
            em.persist(new Endorsement(threadId, viewer.accountId(), viewer.organisationId(), clock.now()));
            em.flush();
        }
        return endorsements(viewer, thread);
    }

    @Transactional
    public Endorsements withdraw(Viewer viewer, long threadId) {
        ForumThread thread = threads.get().visible(viewer, threadId);
        Endorsement mine = em.find(Endorsement.class, new Endorsement.Key(threadId, viewer.accountId()));
        if (mine != null) {
            em.remove(mine);
            em.flush();
        }
        return endorsements(viewer, thread);
    }

    /** The cohort's pain points, most organisations affected first, optionally one tag or status. */
    @Transactional
    public List<ThreadSummary> ranked(Viewer viewer, long cohortId, String tag, String status) {
        access.requireCohortVisible(viewer, cohortId);
        StringBuilder jpql = new StringBuilder("select t from ForumThread t where t.cohortId = :c and t.kind = :k and t.hidden = false");
        if (tag != null && !tag.isBlank()) jpql.append(" and :tag member of t.tags");
        var statusFilter = status == null || status.isBlank() ? null
                : ForumInput.status(status).orElseThrow(() -> Invalid.field("status", "Use open, being worked on, workaround found or solved."));
        if (statusFilter != null) jpql.append(" and t.status = :s");
        var query = em.createQuery(jpql.toString(), ForumThread.class)
                .setParameter("c", cohortId).setParameter("k", ThreadKind.PAIN_POINT)
                .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN");
        if (tag != null && !tag.isBlank()) query.setParameter("tag", ForumInput.normalTag(tag));
        if (statusFilter != null) query.setParameter("s", statusFilter);
        return threads.get().summaries(viewer, query.getResultList()).stream()
                .sorted(Comparator.comparingLong(ThreadSummary::organisationsAffected).reversed()
                        .thenComparing(ThreadSummary::lastActivityAt, Comparator.reverseOrder()))
                .toList();
    }

    /** A pain point seen from outside its cohort: no text, and organisations named only with their consent. */
    public record AcrossCohorts(long id, String title, String status, java.util.List<String> tags, String cohortName,
                                long organisationsAffected, java.util.List<String> organisations, boolean openable) { }

    /**
     * Every cohort's pain points for mentors and coordinators, to learn across partners' projects.
     * An organisation is named only if it agreed to be named outside its cohort, or the viewer is
     * in that cohort anyway; otherwise it is "a partner in Cohort B".
     */
    @Transactional
    public List<AcrossCohorts> acrossCohorts(Viewer viewer, String tag, String status) {
        access.requireSignedIn(viewer);
        if (!viewer.isMentor() && !viewer.isCoordinator()) {
            throw new NotAllowed("The view across cohorts is for mentors and coordinators.");
        }
        var statusFilter = status == null || status.isBlank() ? null
                : ForumInput.status(status).orElseThrow(() -> Invalid.field("status", "Use open, being worked on, workaround found or solved."));
        StringBuilder jpql = new StringBuilder("select t from ForumThread t where t.kind = :k and t.hidden = false");
        if (tag != null && !tag.isBlank()) jpql.append(" and :tag member of t.tags");
        if (statusFilter != null) jpql.append(" and t.status = :s");
        var query = em.createQuery(jpql.toString(), ForumThread.class).setParameter("k", ThreadKind.PAIN_POINT)
                .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN");
        if (tag != null && !tag.isBlank()) query.setParameter("tag", ForumInput.normalTag(tag));
        if (statusFilter != null) query.setParameter("s", statusFilter);
        List<ForumThread> threads = query.getResultList();
        if (threads.isEmpty()) return List.of();

        Map<Long, String> cohortNames = em.createQuery("select c.id, c.name from Cohort c", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Map<Long, List<Object[]>> endorsers = em.createQuery("select distinct e.threadId, o.id, o.name, o.nameShownOutside "
                        + "from Endorsement e, Organisation o where e.organisationId = o.id and e.threadId in :ids", Object[].class)
                .setParameter("ids", threads.stream().map(ForumThread::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0]));
        return threads.stream().map(t -> {
            String cohort = cohortNames.get(t.cohortId());
            boolean insider = access.maySeeCohort(viewer, t.cohortId());
            List<String> names = endorsers.getOrDefault(t.id(), List.of()).stream()
                    .map(r -> insider || (Boolean) r[3] ? (String) r[2] : "a partner in " + cohort)
                    .sorted().toList();
            return new AcrossCohorts(t.id(), t.title(), t.status().name(), t.tags().stream().sorted().toList(), cohort,
                    names.size(), names, insider);
        }).sorted(Comparator.comparingLong(AcrossCohorts::organisationsAffected).reversed()
                .thenComparing(AcrossCohorts::title)).toList();
    }

    Endorsements endorsements(Viewer viewer, ForumThread thread) {
        if (!thread.isPainPoint()) return new Endorsements(thread.id(), 0, false);
        long organisations = organisationsAffected(List.of(thread.id())).getOrDefault(thread.id(), 0L);
        boolean mine = em.find(Endorsement.class, new Endorsement.Key(thread.id(), viewer.accountId())) != null;
        return new Endorsements(thread.id(), organisations, mine);
    }

    /** Distinct organisations that endorsed each thread, in one query. */
    Map<Long, Long> organisationsAffected(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) return Map.of();
        return em.createQuery("select e.threadId, count(distinct e.organisationId) from Endorsement e "
                        + "where e.threadId in :ids group by e.threadId", Object[].class)
                .setParameter("ids", threadIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
