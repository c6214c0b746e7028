package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogProgrammeSetting;
import org.commonplace.cohort.entity.Programme;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;

import java.util.List;

/**
 * Who writes blog posts: mentors and coordinators, and the partner members of programmes whose
 * coordinators allow it (table blog_programme_setting; off by default).
 */
@ApplicationScoped
public class BlogAuthors {
    public record ProgrammeSetting(long programmeId, String name, boolean partnersMayWrite) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;

    /** Joins the caller's transaction. */
    public boolean mayWrite(Viewer viewer) {
        if (!viewer.signedIn()) return false;
        return access.mayWriteBlogPosts(viewer, viewer.isPartner() && programmeAllowsPartners(viewer));
    }

    /** For pages: whether to offer "Write a post". */
    @Transactional
    public boolean mayWriteNow(Viewer viewer) {
        return mayWrite(viewer);
    }

    /** For the new-post page: 401 (a sign-in) for anonymous visitors, 403 for who may not write. */
    @Transactional
    public void requireMayWriteNow(Viewer viewer) {
        requireMayWrite(viewer);
    }

    /** 401 for anonymous callers, 403 for members who may not write posts. Joins the caller's transaction. */
    public void requireMayWrite(Viewer viewer) {
        access.requireSignedIn(viewer);
        if (!mayWrite(viewer)) {
            throw new NotAllowed("Mentors and coordinators write blog posts (partners too, where their programme allows it).");
        }
    }

    private boolean programmeAllowsPartners(Viewer viewer) {
        if (viewer.cohortIds().isEmpty()) return false;
        return em.createQuery("select count(s) from BlogProgrammeSetting s, Cohort c where c.id in :cohorts "
                        + "and c.programme.id = s.programmeId and s.partnersMayWrite = true", Long.class)
                .setParameter("cohorts", viewer.cohortIds()).getSingleResult() > 0;
    }

    /** Every programme with its setting, for the coordinators' blog page. */
    @Transactional
    public List<ProgrammeSetting> settings(Viewer viewer) {
        access.requireCoordinator(viewer);
        List<Programme> programmes = em.createQuery("select p from Programme p order by p.name", Programme.class).getResultList();
        return programmes.stream().map(p -> {
            BlogProgrammeSetting s = em.find(BlogProgrammeSetting.class, p.id());
            return new ProgrammeSetting(p.id(), p.name(), s != null && s.partnersMayWrite());
        }).toList();
    }

    @Transactional
    public void allowPartners(Viewer viewer, long programmeId, boolean allowed) {
        access.requireCoordinator(viewer);
        if (em.find(Programme.class, programmeId) == null) throw new NotVisible("programme");
        BlogProgrammeSetting s = em.find(BlogProgrammeSetting.class, programmeId);
        if (s == null) em.persist(new BlogProgrammeSetting(programmeId, allowed));
        else s.partnersMayWrite(allowed);
    }
}
