package org.commonplace.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotSignedIn;
import org.commonplace.platform.problem.NotVisible;

/**
 * The one place that answers "may this person see / do this?". Boundaries ask it before they call
 * a service, services ask it again where a rule depends on data, and search builds its visibility
 * clause from the same facts. A "no" to seeing is always {@link NotVisible} (404), so that nobody
 * learns that a private thing exists.
 */
@ApplicationScoped
public class Access {

    public Viewer requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) throw new NotSignedIn();
        return viewer;
    }

    public boolean maySeeCohort(Viewer viewer, long cohortId) {
        return viewer.signedIn() && (viewer.isCoordinator() || viewer.belongsTo(cohortId));
    }

    public void requireCohortVisible(Viewer viewer, long cohortId) {
        requireSignedIn(viewer);
        if (!maySeeCohort(viewer, cohortId)) throw new NotVisible("cohort");
    }

    /** Coordinators, and the mentors of the cohort, moderate its boards. */
    public boolean mayModerateCohort(Viewer viewer, long cohortId) {
        return viewer.isCoordinator() || viewer.isMentor() && viewer.belongsTo(cohortId);
    }

    /** A post is changed by its author, or by a moderator of its cohort. */
    public boolean mayChangePost(Viewer viewer, long authorId, long cohortId) {
        return viewer.signedIn() && (viewer.accountId() == authorId || mayModerateCohort(viewer, cohortId));
    }

    /**
     * A published resource is seen by everyone if public, by its cohort's members (and
     * coordinators) if not; a draft only by its author and coordinators.
     */
    public boolean maySeeResource(Viewer viewer, boolean published, Long cohortId, long authorId) {
        if (!published) return viewer.signedIn() && (viewer.accountId() == authorId || viewer.isCoordinator());
        return cohortId == null || maySeeCohort(viewer, cohortId);
    }

    /** Mentors and coordinators add to the library. */
    public boolean mayAddResources(Viewer viewer) {
        return viewer.isMentor() || viewer.isCoordinator();
    }

    /**
     * A pair workspace is read by its members while it is active or its archive is still open to
     * them, and by coordinators only where the programme lets coordinators read workspaces (the
     * workspace records each such access in its audit log). Anyone else: as if it did not exist.
     */
    public boolean mayReadWorkspace(Viewer viewer, boolean member, boolean openToMembers, boolean coordinatorsMayRead) {
        return viewer.signedIn() && (member && openToMembers || viewer.isCoordinator() && coordinatorsMayRead);
    }

    /** Only members write in a workspace, and only while it is active (an archive is read only). */
    public boolean mayWriteInWorkspace(Viewer viewer, boolean member, boolean active) {
        return viewer.signedIn() && member && active;
    }

    /** Coordinators create, end and re-match pairs and see every pair's health, never its content by that right. */
    public boolean mayManageWorkspaces(Viewer viewer) {
        return viewer.isCoordinator();
    }

    public boolean mayManageProgrammes(Viewer viewer) {
        return viewer.isCoordinator();
    }

    public void requireCoordinator(Viewer viewer) {
        requireSignedIn(viewer);
        if (!viewer.isCoordinator()) throw new NotAllowed("Only coordinators may do this.");
    }

    public boolean mayInvite(Viewer viewer) {
        return viewer.isCoordinator();
    }

    // blog (docs/decisions/0017-blog-workflow-and-consent.md)

    /** Mentors and coordinators write blog posts; partner members where their programme allows it. */
    public boolean mayWriteBlogPosts(Viewer viewer, boolean programmeAllowsPartners) {
        return viewer.isMentor() || viewer.isCoordinator() || viewer.isPartner() && programmeAllowsPartners;
    }

    /**
     * A published post is public. Any other is seen by its author; once submitted, also by the
     * reviewers (coordinators) and by the people asked for their consent. A draft never submitted
     * is the author's alone: it may hold text copied from a private place.
     */
    public boolean maySeeBlogPost(Viewer viewer, boolean published, long authorId, boolean submitted, boolean askedForConsent) {
        if (published) return true;
        if (!viewer.signedIn()) return false;
        return viewer.accountId() == authorId || submitted && (viewer.isCoordinator() || askedForConsent);
    }

    /** Coordinators review posts and moderate the comments on them. */
    public boolean mayReviewBlogPosts(Viewer viewer) {
        return viewer.isCoordinator();
    }
}
