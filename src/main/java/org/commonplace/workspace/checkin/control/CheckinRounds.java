package org.commonplace.workspace.checkin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.MailFrequency;
import org.commonplace.notify.control.MailOutbox;
import org.commonplace.notify.control.Notifications;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.checkin.entity.Checkin;
import org.commonplace.workspace.checkin.entity.CheckinResponse;
import org.commonplace.workspace.control.Workspaces;
import org.commonplace.workspace.entity.Workspace;
import org.commonplace.workspace.entity.WorkspaceMember;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Opens the check-in rounds that have fallen due and reminds each member by e-mail, with one-click
 * links for the rating questions. Run by the reminder job on one node of the cluster; each
 * workspace in a transaction of its own, so one failure does not hold up the others.
 */
@ApplicationScoped
public class CheckinRounds {
    private static final String[] RATING_WORDS = {"", "1 – not at all", "2 – a little", "3 – somewhat", "4 – mostly", "5 – fully"};

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject AppClock clock;
    @Inject Workspaces workspaces;
    @Inject Surveys surveys;
    @Inject Checkins checkins;
    @Inject MailOutbox outbox;
    @Inject Notifications notifications;
    @Inject Settings settings;

    @Transactional
    public List<Long> due() {
        return em.createQuery("select w.id from Workspace w where w.status = :active and w.nextCheckinAt <= :now order by w.id", Long.class)
                .setParameter("active", Workspace.Status.ACTIVE).setParameter("now", clock.now()).getResultList();
    }

    /** Opens the round of one workspace and queues the reminders; answers the number of reminders. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(long workspaceId) {
        Workspace w = em.find(Workspace.class, workspaceId);
        Instant now = clock.now();
        if (w == null || !w.active() || w.nextCheckinAt().isAfter(now)) return 0;
        Instant dueAt = w.nextCheckinAt();
        Duration cadence = Duration.ofDays(workspaces.settingsOf(w.programmeId()).checkinCadenceDays());
        Instant next = dueAt;
        while (!next.isAfter(now)) next = next.plus(cadence); // rounds missed while nothing ran are not made up
        w.nextCheckinAt(next);
        Checkin round = new Checkin(workspaceId, dueAt);
        em.persist(round);
        em.flush();
        List<Surveys.Question> survey = surveys.of(w.programmeId());
        int reminded = 0;
        for (WorkspaceMember m : em.createQuery("select m from WorkspaceMember m where m.workspaceId = :w", WorkspaceMember.class)
                .setParameter("w", workspaceId).getResultList()) {
            CheckinResponse response = new CheckinResponse(round.id(), workspaceId, m.accountId(), dueAt);
            em.persist(response);
            em.flush();
            Account account = em.find(Account.class, m.accountId());
            // a check-in is due at a moment, so it is not held for the digest; "never" means no mail at all
            if (account == null || !account.canSignIn() || account.mailFrequency() == MailFrequency.NEVER) continue;
            outbox.queue(account.email(), "[" + w.title() + "] Your check-in is due", reminder(account, w, response, survey),
                    null, notifications.unsubscribeUrl(account.id()));
            response.reminded(now);
            reminded++;
        }
        return reminded;
    }

    private String reminder(Account account, Workspace w, CheckinResponse response, List<Surveys.Question> survey) {
        StringBuilder body = new StringBuilder("Hello ").append(account.displayName()).append(",\n\n")
                .append("Your check-in for \"").append(w.title()).append("\" is due (")
                .append(DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC).format(response.dueAt()))
                .append("). It takes a minute.\n\n");
        for (Surveys.Question q : survey) {
            if (!q.rating()) continue;
            body.append(q.prompt()).append("\nAnswer with one click:\n");
            for (int r = 1; r <= 5; r++) {
                body.append("  ").append(RATING_WORDS[r]).append(": ")
                        .append(settings.absolute("/check-ins/answer/" + checkins.oneClickToken(response.id(), q.key(), r))).append('\n');
            }
            body.append('\n');
        }
        body.append("Answer every question (also the ones that need words) in the workspace:\n")
                .append(settings.absolute("/workspaces/" + w.id() + "/check-ins")).append("\n\n")
                .append("-- \nYou get these e-mails because of your Commonplace notification settings.\n")
                .append("Stop them: ").append(notifications.unsubscribeUrl(account.id())).append('\n');
        return body.toString();
    }
}
