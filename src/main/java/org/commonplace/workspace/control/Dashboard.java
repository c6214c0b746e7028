package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.checkin.control.CheckinViews;
import org.commonplace.workspace.checkin.control.Checkins;
import org.commonplace.workspace.entity.Workspace;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinators' view of how every pair and cohort is doing, from counts and dates only: no
 * message, document, goal or answer text ever reaches it. Opening it records nothing in the
 * workspaces' audit logs, because it opens no content.
 */
@ApplicationScoped
public class Dashboard {
    /** A pair is quiet when nobody wrote for this long. */
    public static final Duration QUIET_AFTER = Duration.ofDays(14);

    public record PairHealth(WorkspaceViews.Summary pair, long messagesLast30Days, boolean quiet, boolean agreementConfirmed,
                             long goalsActive, long goalsAchieved, long milestonesOverdue, CheckinViews.Health checkins) { }

    public record CohortHealth(String cohort, int pairs, int active, int quiet, long checkinsOverdue) { }

    public record Overview(List<CohortHealth> cohorts, List<PairHealth> pairs) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;
    @Inject Workspaces workspaces;
    @Inject Checkins checkins;

    @Transactional
    public Overview overview(Viewer viewer) {
        access.requireCoordinator(viewer);
        List<Workspace> all = em.createQuery("select w from Workspace w order by w.status, w.title", Workspace.class).getResultList();
        List<WorkspaceViews.Summary> summaries = workspaces.summaries(all, null);
        List<Long> ids = all.stream().map(Workspace::id).toList();
        Instant now = clock.now();
        Map<Long, Long> recent = counts("select m.workspaceId, count(m) from Message m where m.workspaceId in :ids and m.createdAt > :since"
                + " group by m.workspaceId", ids, now.minus(Duration.ofDays(30)));
        Map<Long, Long> active = counts("select g.workspaceId, count(g) from Goal g where g.workspaceId in :ids and g.status = "
                + "org.commonplace.workspace.entity.Goal.Status.ACTIVE group by g.workspaceId", ids, null);
        Map<Long, Long> achieved = counts("select g.workspaceId, count(g) from Goal g where g.workspaceId in :ids and g.status = "
                + "org.commonplace.workspace.entity.Goal.Status.ACHIEVED group by g.workspaceId", ids, null);
        Map<Long, Long> lateMilestones = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m.workspaceId, count(m) from Milestone m where m.workspaceId in :ids and m.doneAt is null"
                            + " and m.dueOn < :today group by m.workspaceId", Object[].class).setParameter("ids", ids)
                    .setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC)).getResultStream()
                    .forEach(r -> lateMilestones.put((Long) r[0], (Long) r[1]));
        }
        Map<Long, CheckinViews.Health> health = checkins.health(ids);
        Map<Long, Boolean> agreed = agreed(ids);
        List<PairHealth> pairs = summaries.stream().map(s -> new PairHealth(s, recent.getOrDefault(s.id(), 0L),
                "ACTIVE".equals(s.status()) && (s.lastMessageAt() == null ? s.createdAt() : s.lastMessageAt()).isBefore(now.minus(QUIET_AFTER)),
                agreed.getOrDefault(s.id(), false), active.getOrDefault(s.id(), 0L), achieved.getOrDefault(s.id(), 0L),
                lateMilestones.getOrDefault(s.id(), 0L), health.getOrDefault(s.id(), new CheckinViews.Health(0, 0, 0)))).toList();
        Map<String, CohortHealth> cohorts = new LinkedHashMap<>();
        for (PairHealth p : pairs) {
            String cohort = p.pair().cohort() == null ? "No cohort" : p.pair().cohort();
            CohortHealth c = cohorts.getOrDefault(cohort, new CohortHealth(cohort, 0, 0, 0, 0));
            cohorts.put(cohort, new CohortHealth(cohort, c.pairs() + 1, c.active() + ("ACTIVE".equals(p.pair().status()) ? 1 : 0),
                    c.quiet() + (p.quiet() ? 1 : 0), c.checkinsOverdue() + p.checkins().overdue()));
        }
        return new Overview(List.copyOf(cohorts.values()), pairs);
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids, Instant since) {
        Map<Long, Long> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        var query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
        if (since != null) query.setParameter("since", since);
        query.getResultStream().forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /** Whether every member confirmed the latest agreement revision, per workspace. */
    private Map<Long, Boolean> agreed(List<Long> ids) {
        Map<Long, Boolean> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        List<Object[]> rows = em.createQuery("select a.workspaceId, a.id, a.revision from Agreement a where a.workspaceId in :ids"
                + " and a.revision = (select max(b.revision) from Agreement b where b.workspaceId = a.workspaceId)", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            long members = em.createQuery("select count(m) from WorkspaceMember m where m.workspaceId = :w", Long.class)
                    .setParameter("w", r[0]).getSingleResult();
            long confirmed = em.createQuery("select count(c) from AgreementConfirmation c where c.agreementId = :a", Long.class)
                    .setParameter("a", r[1]).getSingleResult();
            out.put((Long) r[0], confirmed >= members);
        }
        return out;
    }
}
