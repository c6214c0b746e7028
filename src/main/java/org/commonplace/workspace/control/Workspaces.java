package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Role;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.cohort.entity.Organisation;
import org.commonplace.cohort.entity.Programme;
import org.commonplace.identity.entity.Account;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.control.WorkspaceViews.AuditLine;
import org.commonplace.workspace.control.WorkspaceViews.Overview;
import org.commonplace.workspace.control.WorkspaceViews.Person;
import org.commonplace.workspace.control.WorkspaceViews.Summary;
import org.commonplace.workspace.entity.AuditEntry;
import org.commonplace.workspace.entity.Workspace;
import org.commonplace.workspace.entity.WorkspaceMember;
import org.commonplace.workspace.entity.WorkspaceSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pair workspaces as wholes: coordinators create, end and re-match them; members list theirs and
 * open one. The parts (messages, documents, goals …) have services of their own.
 */
@ApplicationScoped
public class Workspaces {
    public static final int TITLE_MAX = 200;
    public static final int ASPIRATIONS_MAX = 20_000;

    /** A coordinator's new pair: the mentor, the partner organisation's people, and optionally the cohort and a title. */
    public record NewPair(String mentor, List<String> mentees, Long cohortId, String title) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;
    @Inject WorkspaceGate gate;
    @Inject Markdown markdown;
    @Inject Agreements agreements;

    /** The caller's workspaces: active ones first, then archives they can still read. */
    @Transactional
    public List<Summary> mine(Viewer viewer) {
        access.requireSignedIn(viewer);
        List<Workspace> workspaces = em.createQuery("select w from Workspace w, WorkspaceMember m where m.workspaceId = w.id"
                + " and m.accountId = :me order by w.status, w.createdAt desc", Workspace.class)
                .setParameter("me", viewer.accountId()).getResultList();
        Instant now = clock.now();
        return summaries(workspaces.stream().filter(w -> w.readableByMembers(now)).toList(), viewer.accountId());
    }

    @Transactional
    public Overview overview(Viewer viewer, long id) {
        WorkspaceGate.Opened opened = gate.read(viewer, id, "overview");
        Workspace w = opened.workspace();
        WorkspaceSettings settings = settingsOf(w.programmeId());
        return new Overview(summaries(List.of(w), viewer.accountId()).get(0), opened.member(), w.active(),
                gate.coordinatorsMayRead(w.programmeId()), w.aspirations(),
                w.aspirations() == null ? null : markdown.toHtml(w.aspirations()),
                agreements.current(opened, viewer.accountId()), settings.checkinCadenceDays(), w.nextCheckinAt(),
                auditOf(id, 5));
    }

    /** The whole audit log of a workspace, newest first: what coordinators opened or changed. */
    @Transactional
    public List<AuditLine> audit(Viewer viewer, long id) {
        gate.read(viewer, id, "audit log");
        return auditOf(id, 500);
    }

    @Transactional
    public void changeAspirations(Viewer viewer, long id, String text) {
        WorkspaceGate.Opened opened = gate.write(viewer, id);
        String value = text == null ? "" : text.strip();
        if (value.length() > ASPIRATIONS_MAX) {
            throw Invalid.field("aspirations", "Keep the aspirations under " + ASPIRATIONS_MAX + " characters.");
        }
        opened.workspace().aspirations(value.isEmpty() ? null : value);
    }

    /** A coordinator creates a workspace for a mentor and one or more people of one partner organisation. */
    @Transactional
    public long create(Viewer viewer, NewPair pair) {
        access.requireCoordinator(viewer);
        Invalid.Collector errors = new Invalid.Collector();
        Account mentor = pair.mentor() == null ? null : account(pair.mentor());
        errors.check(mentor != null && mentor.role() == Role.MENTOR && mentor.canSignIn(), "mentor",
                "Name a mentor's username (an active mentor account).");
        List<Account> mentees = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(pair.mentees() == null ? List.of() : pair.mentees());
        for (String name : names) {
            Account a = account(name);
            if (a == null || a.role() != Role.PARTNER) errors.add("mentees", "'" + name + "' is not a partner member's username.");
            else mentees.add(a);
        }
        errors.check(!names.isEmpty(), "mentees", "Name at least one person of the partner organisation.");
        errors.check(names.size() <= 10, "mentees", "A pair has at most 10 people on the partner's side.");
        String title = pair.title() == null ? "" : pair.title().strip();
        errors.check(title.length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.");
        errors.throwIfAny();
        long organisationId = mentees.get(0).organisation().id();
        if (mentees.stream().anyMatch(a -> a.organisation().id() != organisationId)) {
            throw Invalid.field("mentees", "Everyone on the partner's side belongs to the same organisation.");
        }
        Cohort cohort = sharedCohort(pair.cohortId(), mentor, mentees);
        if (!em.createQuery("select w.id from Workspace w, WorkspaceMember m where m.workspaceId = w.id and m.accountId = :mentor"
                        + " and w.organisationId = :org and w.status = :active", Long.class)
                .setParameter("mentor", mentor.id()).setParameter("org", organisationId)
                .setParameter("active", Workspace.Status.ACTIVE).getResultList().isEmpty()) {
            throw new Conflict(mentor.displayName() + " already has an active workspace with this organisation.");
        }
        if (title.isEmpty()) title = mentor.displayName() + " & " + em.find(Organisation.class, organisationId).name();
        return open(viewer, cohort, organisationId, title, mentor, mentees, null);
    }

    /**
     * The mentee side gets another mentor: a new workspace with the same people on the partner's
     * side, and the old one archived (still readable by its members for the programme's read period).
     */
    @Transactional
    public long rematch(Viewer viewer, long id, String newMentor) {
        access.requireCoordinator(viewer);
        Workspace old = em.find(Workspace.class, id);
        if (old == null) throw new NotVisible("workspace");
        if (!old.active()) throw new Conflict("This workspace has ended already.");
        Account mentor = newMentor == null ? null : account(newMentor);
        if (mentor == null || mentor.role() != Role.MENTOR || !mentor.canSignIn()) {
            throw Invalid.field("mentor", "Name a mentor's username (an active mentor account).");
        }
        List<WorkspaceMember> members = members(id);
        if (members.stream().anyMatch(m -> m.side() == WorkspaceMember.Side.MENTOR && m.accountId() == mentor.id())) {
            throw Invalid.field("mentor", mentor.displayName() + " is this pair's mentor already.");
        }
        List<Account> mentees = members.stream().filter(m -> m.side() == WorkspaceMember.Side.MENTEE)
                .map(m -> em.find(Account.class, m.accountId())).toList();
        archive(old, viewer, Workspace.ArchiveReason.REMATCHED);
        Cohort cohort = old.cohortId() == null ? null : em.find(Cohort.class, old.cohortId());
        String title = mentor.displayName() + " & " + em.find(Organisation.class, old.organisationId()).name();
        long created = open(viewer, cohort, old.organisationId(), title, mentor, mentees, old.id());
        em.persist(new AuditEntry(id, viewer.accountId(), "REMATCHED", "continued in workspace " + created, clock.now()));
        return created;
    }

    /** A coordinator ends a pair: the workspace becomes a read-only archive for its members. */
    @Transactional
    public void end(Viewer viewer, long id) {
        access.requireCoordinator(viewer);
        Workspace w = em.find(Workspace.class, id);
        if (w == null) throw new NotVisible("workspace");
        if (!w.active()) throw new Conflict("This workspace has ended already.");
        archive(w, viewer, Workspace.ArchiveReason.ENDED);
    }

    /** A coordinator gives the members of an archived workspace longer to read and download it. */
    @Transactional
    public void extendArchive(Viewer viewer, long id, int days) {
        access.requireCoordinator(viewer);
        Workspace w = em.find(Workspace.class, id);
        if (w == null) throw new NotVisible("workspace");
        if (w.active()) throw new Conflict("This workspace is still active.");
        if (days < 1 || days > 3650) throw Invalid.field("days", "Give between 1 and 3650 days.");
        Instant until = clock.now().plus(Duration.ofDays(days));
        w.readUntil(until);
        em.persist(new AuditEntry(id, viewer.accountId(), "ARCHIVE_EXTENDED", "readable until " + until, clock.now()));
    }

    @Transactional
    public WorkspaceViews.Settings settings(Viewer viewer, long programmeId) {
        access.requireCoordinator(viewer);
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) throw new NotVisible("programme");
        WorkspaceSettings s = settingsOf(programmeId);
        return new WorkspaceViews.Settings(programmeId, programme.name(), programme.coordinatorsReadWorkspaces(),
                s.checkinCadenceDays(), s.archiveReadDays());
    }

    /**
     * Changes a programme's workspace settings. Whether coordinators may read content is shown to
     * every pair, so a change of it is written into the audit log of each of the programme's workspaces.
     */
    @Transactional
    public void changeSettings(Viewer viewer, long programmeId, boolean coordinatorsMayRead, int cadenceDays, int archiveReadDays) {
        access.requireCoordinator(viewer);
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) throw new NotVisible("programme");
        new Invalid.Collector()
                .check(cadenceDays >= 1 && cadenceDays <= 90, "checkinCadenceDays", "Check-ins fall due every 1 to 90 days.")
                .check(archiveReadDays >= 1 && archiveReadDays <= 3650, "archiveReadDays",
                        "Members keep reading an archive for 1 to 3650 days.")
                .throwIfAny();
        WorkspaceSettings settings = em.find(WorkspaceSettings.class, programmeId);
        if (settings == null) {
            settings = new WorkspaceSettings(programmeId, clock.now());
            em.persist(settings);
        }
        settings.change(cadenceDays, archiveReadDays, clock.now());
        if (programme.coordinatorsReadWorkspaces() != coordinatorsMayRead) {
            programme.coordinatorsReadWorkspaces(coordinatorsMayRead);
            String detail = coordinatorsMayRead ? "coordinators may now read this workspace" : "coordinators may no longer read this workspace";
            em.createQuery("select w.id from Workspace w where w.programmeId = :p", Long.class).setParameter("p", programmeId)
                    .getResultStream().forEach(w -> em.persist(new AuditEntry(w, viewer.accountId(), "SETTING_CHANGED", detail, clock.now())));
        }
    }

    /** The programme's settings, or the defaults. Joins the caller's transaction. */
    public WorkspaceSettings settingsOf(long programmeId) {
        WorkspaceSettings s = em.find(WorkspaceSettings.class, programmeId);
        return s != null ? s : new WorkspaceSettings(programmeId, clock.now());
    }

    /** Summaries for the coordinators' list (no content). Joins the caller's transaction. */
    public List<Summary> summaries(List<Workspace> workspaces, Long forAccount) {
        if (workspaces.isEmpty()) return List.of();
        List<Long> ids = workspaces.stream().map(Workspace::id).toList();
        List<WorkspaceMember> members = em.createQuery("select m from WorkspaceMember m where m.workspaceId in :ids"
                + " order by m.side, m.joinedAt", WorkspaceMember.class).setParameter("ids", ids).getResultList();
        Map<Long, String> names = gate.names(members.stream().map(WorkspaceMember::accountId).distinct().toList());
        Map<Long, String> organisations = new HashMap<>();
        em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", workspaces.stream().map(Workspace::organisationId).distinct().toList())
                .getResultStream().forEach(r -> organisations.put((Long) r[0], (String) r[1]));
        Map<Long, String> cohorts = new HashMap<>();
        List<Long> cohortIds = workspaces.stream().map(Workspace::cohortId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!cohortIds.isEmpty()) {
            em.createQuery("select c.id, c.name from Cohort c where c.id in :ids", Object[].class).setParameter("ids", cohortIds)
                    .getResultStream().forEach(r -> cohorts.put((Long) r[0], (String) r[1]));
        }
        Map<Long, Instant> lastMessage = new HashMap<>();
        // the newest message's own createdAt, not max(): PostgreSQL answers an aggregate of timestamptz as a Timestamp,
        // which the Instant converter does not take
        em.createQuery("select m.workspaceId, m.createdAt from Message m where m.workspaceId in :ids and m.createdAt = "
                        + "(select max(x.createdAt) from Message x where x.workspaceId = m.workspaceId)", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(r -> lastMessage.put((Long) r[0], (Instant) r[1]));
        Map<Long, Long> unread = new HashMap<>();
        if (forAccount != null) {
            em.createQuery("select m.workspaceId, count(m) from Message m where m.workspaceId in :ids and m.authorId <> :me"
                            + " and not exists (select r from MessageRead r where r.messageId = m.id and r.accountId = :me)"
                            + " group by m.workspaceId", Object[].class)
                    .setParameter("ids", ids).setParameter("me", forAccount).getResultStream()
                    .forEach(r -> unread.put((Long) r[0], (Long) r[1]));
        }
        return workspaces.stream().map(w -> new Summary(w.id(), w.title(), w.status().name(), organisations.get(w.organisationId()),
                w.cohortId() == null ? null : cohorts.get(w.cohortId()),
                members.stream().filter(m -> m.workspaceId() == w.id())
                        .map(m -> new Person(m.accountId(), names.getOrDefault(m.accountId(), "former member"), m.side().name())).toList(),
                unread.getOrDefault(w.id(), 0L), lastMessage.get(w.id()), w.createdAt(), w.archivedAt(),
                w.archiveReason() == null ? null : w.archiveReason().name(), w.readUntil(), w.previousWorkspaceId())).toList();
    }

    private List<AuditLine> auditOf(long id, int max) {
        List<AuditEntry> entries = em.createQuery("select a from AuditEntry a where a.workspaceId = :w order by a.createdAt desc, a.id desc",
                AuditEntry.class).setParameter("w", id).setMaxResults(max).getResultList();
        Map<Long, String> names = gate.names(entries.stream().map(AuditEntry::actorId).distinct().toList());
        return entries.stream().map(a -> new AuditLine(a.id(), names.getOrDefault(a.actorId(), "former member"), a.action(),
                a.detail(), a.createdAt())).toList();
    }

    private long open(Viewer viewer, Cohort cohort, long organisationId, String title, Account mentor, List<Account> mentees,
                      Long previous) {
        long programmeId = cohort.programme().id();
        Duration cadence = Duration.ofDays(settingsOf(programmeId).checkinCadenceDays());
        Workspace w = new Workspace(programmeId, cohort.id(), organisationId, title, viewer.accountId(), clock.now(), cadence, previous);
        em.persist(w);
        em.flush();
        em.persist(new WorkspaceMember(w.id(), mentor.id(), WorkspaceMember.Side.MENTOR, clock.now()));
        mentees.forEach(a -> em.persist(new WorkspaceMember(w.id(), a.id(), WorkspaceMember.Side.MENTEE, clock.now())));
        em.persist(new AuditEntry(w.id(), viewer.accountId(), "CREATED", previous == null ? null : "re-matched from workspace " + previous,
                clock.now()));
        return w.id();
    }

    private void archive(Workspace w, Viewer viewer, Workspace.ArchiveReason reason) {
        w.archive(reason, clock.now(), Duration.ofDays(settingsOf(w.programmeId()).archiveReadDays()));
        em.persist(new AuditEntry(w.id(), viewer.accountId(), "ARCHIVED", reason.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                clock.now()));
    }

    /** The cohort both sides belong to (the given one, or the first they share). */
    private Cohort sharedCohort(Long cohortId, Account mentor, List<Account> mentees) {
        List<Long> people = new ArrayList<>(mentees.stream().map(Account::id).toList());
        people.add(mentor.id());
        List<Long> shared = em.createQuery("select m.cohortId from CohortMembership m where m.accountId in :people"
                        + " group by m.cohortId having count(m) = :n order by m.cohortId", Long.class)
                .setParameter("people", people).setParameter("n", (long) people.size()).getResultList();
        if (cohortId != null) {
            if (!shared.contains(cohortId)) throw Invalid.field("cohortId", "The mentor and the partner's people are not all in this cohort.");
            return em.find(Cohort.class, cohortId);
        }
        if (shared.isEmpty()) throw Invalid.field("mentees", "The mentor and the partner's people share no cohort: add them to one first.");
        return em.find(Cohort.class, shared.get(0));
    }

    private List<WorkspaceMember> members(long id) {
        return em.createQuery("select m from WorkspaceMember m where m.workspaceId = :w", WorkspaceMember.class)
                .setParameter("w", id).getResultList();
    }

    private Account account(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select a from Account a where a.username = :k or a.email = :k", Account.class)
                .setParameter("k", key).getResultStream().findFirst().orElse(null);
    }
}
