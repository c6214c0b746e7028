package org.commonplace.workspace.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.identity.control.SecretTokens;
import org.commonplace.identity.entity.Account;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.entity.Workspace;
import org.commonplace.workspace.meeting.entity.CalendarFeed;
import org.commonplace.workspace.meeting.entity.Meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each person's private calendar subscription: a secret address (only its SHA-256 is stored) that
 * serves the meetings of every workspace they may read. Making a new address revokes the old one;
 * a revoked or unknown address answers 404 from the next request on, on every node (the lookup is
 * a database read).
 */
@ApplicationScoped
public class CalendarFeeds {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;
    @Inject Settings settings;

    @Transactional
    public MeetingViews.Subscription current(Viewer viewer) {
        access.requireSignedIn(viewer);
        return active(viewer.accountId()).map(f -> new MeetingViews.Subscription(true, null, f.createdAt()))
                .orElse(new MeetingViews.Subscription(false, null, null));
    }

    /** A new secret address; the previous one stops working. The address is shown once. */
    @Transactional
    public MeetingViews.Subscription renew(Viewer viewer) {
        access.requireSignedIn(viewer);
        revokeAll(viewer.accountId());
        String token = SecretTokens.newToken();
        CalendarFeed feed = new CalendarFeed(viewer.accountId(), SecretTokens.hash(token), clock.now());
        em.persist(feed);
        return new MeetingViews.Subscription(true, settings.absolute("/calendar/" + token + ".ics"), feed.createdAt());
    }

    @Transactional
    public void revoke(Viewer viewer) {
        access.requireSignedIn(viewer);
        revokeAll(viewer.accountId());
    }

    /** The feed of a secret address: the meetings of every workspace its owner may read now. */
    @Transactional
    public String feed(String token) {
        if (token == null || token.length() > 100) throw new NotVisible("calendar");
        CalendarFeed feed = em.createQuery("select f from CalendarFeed f where f.tokenHash = :h and f.revokedAt is null", CalendarFeed.class)
                .setParameter("h", SecretTokens.hash(token)).getResultStream().findFirst().orElseThrow(() -> new NotVisible("calendar"));
        Account owner = em.find(Account.class, feed.accountId());
        if (owner == null || !owner.canSignIn()) throw new NotVisible("calendar");
        Instant now = clock.now();
        List<Workspace> workspaces = em.createQuery("select w from Workspace w, WorkspaceMember m where m.workspaceId = w.id"
                + " and m.accountId = :a", Workspace.class).setParameter("a", owner.id()).getResultList().stream()
                .filter(w -> w.readableByMembers(now)).toList();
        Map<Long, String> titles = workspaces.stream().collect(Collectors.toMap(Workspace::id, Workspace::title));
        List<Meeting> meetings = titles.isEmpty() ? List.of() : em.createQuery("select m from Meeting m where m.workspaceId in :ids"
                + " order by m.startsAt", Meeting.class).setParameter("ids", titles.keySet()).getResultList();
        return CalendarWriter.write("Commonplace: " + owner.displayName(), meetings.stream().map(m -> new CalendarWriter.Event(m.uid(),
                m.title() + " (" + titles.get(m.workspaceId()) + ")", m.startsAt(), m.timeZone(), m.durationMinutes(), m.location(),
                m.agenda(), m.recurrence().name(), m.occurrences(), m.sequence(), m.cancelledAt() != null,
                settings.absolute("/workspaces/" + m.workspaceId() + "/meetings#meeting-" + m.id()))).toList(), now);
    }

    private java.util.Optional<CalendarFeed> active(long accountId) {
        return em.createQuery("select f from CalendarFeed f where f.accountId = :a and f.revokedAt is null order by f.createdAt desc",
                CalendarFeed.class).setParameter("a", accountId).getResultStream().findFirst();
    }

    private void revokeAll(long accountId) {
        em.createQuery("select f from CalendarFeed f where f.accountId = :a and f.revokedAt is null", CalendarFeed.class)
                .setParameter("a", accountId).getResultStream().forEach(f -> f.revoke(clock.now()));
        em.flush();
    }
}
