package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.control.WorkspaceViews.AgreementView;
import org.commonplace.workspace.control.WorkspaceViews.Confirmation;
import org.commonplace.workspace.entity.Agreement;
import org.commonplace.workspace.entity.AgreementConfirmation;
import org.commonplace.workspace.entity.WorkspaceMember;

import java.util.List;

/**
 * The expectations agreement: how often the pair communicates and what each side expects. Either
 * side writes or revises it; it holds once every member has confirmed the current revision, and a
 * revision asks everyone to confirm again. Every revision is kept.
 */
@ApplicationScoped
public class Agreements {
    public static final int COMMUNICATION_MAX = 2000;
    public static final int EXPECTATIONS_MAX = 5000;

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Markdown markdown;

    @Transactional
    public AgreementView revise(Viewer viewer, long workspaceId, String communication, String mentorExpects, String menteeExpects) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        new Invalid.Collector()
                .check(!blank(communication), "communication", "Say how often and how you will communicate.")
                .check(blank(communication) || communication.strip().length() <= COMMUNICATION_MAX, "communication",
                        "Keep it under " + COMMUNICATION_MAX + " characters.")
                .check(!blank(mentorExpects), "mentorExpects", "Write what the mentor expects.")
                .check(blank(mentorExpects) || mentorExpects.strip().length() <= EXPECTATIONS_MAX, "mentorExpects",
                        "Keep it under " + EXPECTATIONS_MAX + " characters.")
                .check(!blank(menteeExpects), "menteeExpects", "Write what the partner expects.")
                .check(blank(menteeExpects) || menteeExpects.strip().length() <= EXPECTATIONS_MAX, "menteeExpects",
                        "Keep it under " + EXPECTATIONS_MAX + " characters.")
                .throwIfAny();
        Agreement latest = latest(workspaceId);
        Agreement revision = new Agreement(workspaceId, latest == null ? 1 : latest.revision() + 1, communication.strip(),
                mentorExpects.strip(), menteeExpects.strip(), viewer.accountId(), clock.now());
        em.persist(revision);
        em.flush();
        // whoever writes a revision agrees with it
        em.persist(new AgreementConfirmation(revision.id(), viewer.accountId(), clock.now()));
        return current(opened, viewer.accountId());
    }

    /** Confirms the current revision; {@code revision} must be the one the member read (409 otherwise). */
    @Transactional
    public AgreementView confirm(Viewer viewer, long workspaceId, int revision) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Agreement latest = latest(workspaceId);
        if (latest == null) throw new Conflict("There is no agreement to confirm yet: write one first.");
        if (latest.revision() != revision) {
            throw new Conflict("The agreement was revised after you read it: read revision " + latest.revision() + ", then confirm.");
        }
        if (em.find(AgreementConfirmation.class, new AgreementConfirmation.Key(latest.id(), viewer.accountId())) == null) {
            em.persist(new AgreementConfirmation(latest.id(), viewer.accountId(), clock.now()));
            em.flush();
        }
        return current(opened, viewer.accountId());
    }

    /** The current revision with who confirmed it, or null. Joins the caller's transaction. */
    public AgreementView current(WorkspaceGate.Opened opened, long viewerId) {
        Agreement a = latest(opened.id());
        if (a == null) return null;
        List<AgreementConfirmation> confirmations = em.createQuery("select c from AgreementConfirmation c where c.agreementId = :a"
                + " order by c.confirmedAt", AgreementConfirmation.class).setParameter("a", a.id()).getResultList();
        boolean agreed = opened.members().stream().map(WorkspaceMember::accountId)
                .allMatch(m -> confirmations.stream().anyMatch(c -> c.accountId() == m));
        return new AgreementView(a.revision(), a.communication(), a.mentorExpects(), a.menteeExpects(),
                markdown.toHtml(a.communication()), markdown.toHtml(a.mentorExpects()), markdown.toHtml(a.menteeExpects()),
                opened.nameOf(a.writtenBy()), a.writtenAt(),
                confirmations.stream().map(c -> new Confirmation(opened.nameOf(c.accountId()), c.confirmedAt())).toList(),
                agreed, confirmations.stream().anyMatch(c -> c.accountId() == viewerId));
    }

    /** Every revision, newest first (for the history and the export). */
    public List<Agreement> all(long workspaceId) {
        return em.createQuery("select a from Agreement a where a.workspaceId = :w order by a.revision desc", Agreement.class)
                .setParameter("w", workspaceId).getResultList();
    }

    private Agreement latest(long workspaceId) {
        return em.createQuery("select a from Agreement a where a.workspaceId = :w order by a.revision desc", Agreement.class)
                .setParameter("w", workspaceId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
