package org.commonplace.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.CohortViews.CohortDetail;
import org.commonplace.cohort.control.CohortViews.CohortSummary;
import org.commonplace.cohort.control.CohortViews.Member;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.identity.entity.Account;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading cohorts: the ones a person belongs to (coordinators: all), and one cohort with its members. */
@ApplicationScoped
public class Cohorts {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;

    public record Page<T>(List<T> items, int page, int size, long total) { }

    @Transactional
    public Page<CohortSummary> visibleTo(Viewer viewer, int page, int size) {
        access.requireSignedIn(viewer);
        String where = viewer.isCoordinator() ? "" : " where c.id in :ids";
        if (!viewer.isCoordinator() && viewer.cohortIds().isEmpty()) return new Page<>(List.of(), page, size, 0);
        var count = em.createQuery("select count(c) from Cohort c" + where, Long.class);
        var query = em.createQuery("select c from Cohort c join fetch c.programme" + where + " order by c.name, c.id", Cohort.class);
        if (!viewer.isCoordinator()) {
            count.setParameter("ids", viewer.cohortIds());
            query.setParameter("ids", viewer.cohortIds());
        }
        List<Cohort> cohorts = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<Long, Long> members = memberCounts(cohorts.stream().map(Cohort::id).toList());
        return new Page<>(cohorts.stream().map(c -> summary(c, members.getOrDefault(c.id(), 0L))).toList(),
                page, size, count.getSingleResult());
    }

    @Transactional
    public CohortDetail detail(Viewer viewer, long cohortId) {
        access.requireCohortVisible(viewer, cohortId);
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) throw new org.commonplace.platform.problem.NotVisible("cohort");
        List<Member> members = em.createQuery("select a from Account a left join fetch a.organisation, CohortMembership m "
                        + "where m.accountId = a.id and m.cohortId = :c order by a.role, a.displayName", Account.class)
                .setParameter("c", cohortId).getResultStream()
                .map(Cohorts::member).toList();
        List<String> organisations = members.stream().map(Member::organisation).filter(o -> o != null)
                .distinct().sorted().toList();
        return new CohortDetail(summary(cohort, members.size()), members, organisations);
    }

    /** Members of the cohort whose username or name starts with the prefix: who can be @mentioned. */
    @Transactional
    public List<Member> mentionable(Viewer viewer, long cohortId, String prefix) {
        access.requireCohortVisible(viewer, cohortId);
        String p = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (p.length() > 40) p = p.substring(0, 40);
        return em.createQuery("select a from Account a left join fetch a.organisation, CohortMembership m "
                        + "where m.accountId = a.id and m.cohortId = :c and a.status = :active "
                        + "and (a.username like :p or lower(a.displayName) like :p) order by a.username", Account.class)
                .setParameter("c", cohortId).setParameter("active", org.commonplace.identity.entity.AccountStatus.ACTIVE)
                .setParameter("p", p.replace("%", "").replace("_", "") + "%").setMaxResults(8)
                .getResultStream().map(Cohorts::member).toList();
    }

    static Member member(Account a) {
        return new Member(a.id(), a.username(), a.displayName(), a.role().label(),
                a.organisation() == null ? null : a.organisation().name());
    }

    static CohortSummary summary(Cohort c, long memberCount) {
        return new CohortSummary(c.id(), c.name(), c.slug(), c.description(), c.programme().id(), c.programme().name(), memberCount);
    }

    private Map<Long, Long> memberCounts(List<Long> cohortIds) {
        if (cohortIds.isEmpty()) return Map.of();
        return em.createQuery("select m.cohortId, count(m) from CohortMembership m where m.cohortId in :ids group by m.cohortId", Object[].class)
                .setParameter("ids", cohortIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
