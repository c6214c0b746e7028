package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.checkin.control.CheckinViews;
import org.commonplace.workspace.checkin.control.Checkins;
import org.commonplace.workspace.entity.Agreement;
import org.commonplace.workspace.entity.Draft;
import org.commonplace.workspace.entity.DraftComment;
import org.commonplace.workspace.entity.DraftVersion;
import org.commonplace.workspace.entity.Message;
import org.commonplace.workspace.entity.WorkspaceFile;
import org.commonplace.workspace.meeting.control.MeetingViews;
import org.commonplace.workspace.meeting.control.Meetings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole workspace as Markdown files and the attachments, for a member to keep: at any time
 * while they can read it, also from the archive. The texts are read in one transaction; the
 * boundary then streams them and the attachments' bytes into a ZIP.
 */
@ApplicationScoped
public class WorkspaceExport {
    /** The files of the ZIP: Markdown texts by path, and attachments by path → file on disk. */
    public record Contents(String folder, Map<String, String> texts, Map<String, Path> attachments) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Agreements agreements;
    @Inject Messages messages;
    @Inject Drafts drafts;
    @Inject Goals goals;
    @Inject Plan plan;
    @Inject Journal journal;
    @Inject Checkins checkins;
    @Inject Meetings meetings;
    @Inject Workspaces workspaces;
    @Inject AttachmentStore store;

    @Transactional
    public Contents contents(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "export");
        if (!opened.member()) throw new NotAllowed("Only the pair downloads its workspace.");
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Path> attachments = new LinkedHashMap<>();
        var w = opened.workspace();
        StringBuilder readme = new StringBuilder("# ").append(w.title()).append("\n\n");
        opened.members().forEach(m -> readme.append("- ").append(opened.nameOf(m.accountId())).append(" (")
                .append(m.side().name().toLowerCase(Locale.ROOT)).append(")\n"));
        readme.append("\nStatus: ").append(w.status().name().toLowerCase(Locale.ROOT))
                .append(w.archivedAt() == null ? "" : ", archived " + w.archivedAt()).append("\nExported: ").append(clock.now())
                .append(" by ").append(opened.nameOf(viewer.accountId())).append("\n\n");
        if (w.aspirations() != null) readme.append("## Aspirations\n\n").append(w.aspirations()).append("\n\n");
        List<Agreement> revisions = agreements.all(workspaceId);
        for (Agreement a : revisions) {
            readme.append("## Expectations agreement, revision ").append(a.revision()).append(" (").append(a.writtenAt()).append(", ")
                    .append(opened.nameOf(a.writtenBy())).append(")\n\n### How we communicate\n\n").append(a.communication())
                    .append("\n\n### The mentor expects\n\n").append(a.mentorExpects()).append("\n\n### The partner expects\n\n")
                    .append(a.menteeExpects()).append("\n\n");
        }
        texts.put("README.md", readme.toString());

        Map<Long, List<WorkspaceFile>> files = messages.files(workspaceId).stream()
                .collect(Collectors.groupingBy(WorkspaceFile::messageId, LinkedHashMap::new, Collectors.toList()));
        StringBuilder conversation = new StringBuilder("# Messages\n\n");
        for (Message m : em.createQuery("select m from Message m where m.workspaceId = :w order by m.createdAt, m.id", Message.class)
                .setParameter("w", workspaceId).getResultList()) {
            conversation.append("## ").append(opened.nameOf(m.authorId())).append(", ").append(m.createdAt()).append("\n\n")
                    .append(m.body()).append("\n\n");
            for (WorkspaceFile f : files.getOrDefault(m.id(), List.of())) {
                String path = "attachments/" + f.id() + "-" + f.fileName();
                attachments.put(path, store.pathOf(f.storedName()));
                conversation.append("Attachment: [").append(f.fileName()).append("](").append(path.replace(" ", "%20")).append(")\n\n");
            }
        }
        texts.put("messages.md", conversation.toString());

        for (Map.Entry<Draft, List<DraftVersion>> e : drafts.everything(workspaceId).entrySet()) {
            String folder = "documents/" + e.getKey().id() + "-" + slug(e.getKey().title()) + "/";
            for (DraftVersion v : e.getValue()) {
                texts.put(folder + "v" + v.number() + ".md", v.body());
            }
            StringBuilder history = new StringBuilder("# ").append(e.getKey().title()).append("\n\n");
            e.getValue().forEach(v -> history.append("- version ").append(v.number()).append(", ").append(opened.nameOf(v.authorId()))
                    .append(", ").append(v.createdAt()).append(v.note() == null ? "" : ": " + v.note()).append('\n'));
            List<DraftComment> comments = em.createQuery("select c from DraftComment c where c.draftId = :d order by c.createdAt",
                    DraftComment.class).setParameter("d", e.getKey().id()).getResultList();
            if (!comments.isEmpty()) history.append("\n## Comments\n\n");
            comments.forEach(c -> history.append("- on version ").append(c.versionNumber()).append(", ").append(opened.nameOf(c.authorId()))
                    .append(c.anchorText() == null ? "" : " about \"" + c.anchorText() + "\"").append(": ").append(c.body()).append('\n'));
            texts.put(folder + "history.md", history.toString());
        }

        StringBuilder goalText = new StringBuilder("# Goals\n\n");
        for (GoalViews.Goal g : goals.all(opened)) {
            goalText.append("## ").append(g.title()).append(" (").append(g.status().toLowerCase(Locale.ROOT)).append(")\n\n")
                    .append("- Specific: ").append(g.specific()).append("\n- Measurable: ").append(g.measurable())
                    .append("\n- Achievable: ").append(g.achievable()).append("\n- Relevant: ").append(g.relevant())
                    .append("\n- Time-bound: ").append(g.timeBound()).append(g.targetDate() == null ? "" : " (by " + g.targetDate() + ")")
                    .append("\n\n");
            g.milestones().forEach(m -> goalText.append("- [").append(m.doneAt() == null ? " " : "x").append("] ").append(m.title())
                    .append(", due ").append(m.dueOn()).append('\n'));
            g.progress().forEach(p -> goalText.append("\n").append(p.win() ? "🎉 Win, " : "Progress, ").append(p.author()).append(", ")
                    .append(p.createdAt()).append(": ").append(p.body()).append('\n'));
            goalText.append('\n');
        }
        texts.put("goals.md", goalText.toString());

        GoalViews.Plan p = plan.plan(opened);
        StringBuilder planText = new StringBuilder("# Work plan\n\n");
        p.tasks().forEach(t -> planText.append("- [").append(t.status()).append("] ").append(t.title())
                .append(t.dueOn() == null ? "" : ", due " + t.dueOn()).append(t.owner() == null ? "" : ", " + t.owner()).append('\n'));
        planText.append("\n## How the plan changed\n\n");
        p.history().forEach(c -> planText.append("- ").append(c.at()).append(", ").append(c.by()).append(", \"").append(c.task())
                .append("\": ").append(c.summary()).append('\n'));
        texts.put("plan.md", planText.toString());

        StringBuilder checkinText = new StringBuilder("# Check-ins\n\n");
        for (CheckinViews.Response r : checkins.all(opened)) {
            checkinText.append("## ").append(r.member()).append(", due ").append(r.dueAt())
                    .append(r.submittedAt() == null ? " (not answered)" : "").append("\n\n");
            r.answers().forEach(a -> checkinText.append("- ").append(a.prompt()).append(" ")
                    .append(a.rating() != null ? a.rating() + "/5" : a.text()).append('\n'));
            checkinText.append('\n');
        }
        texts.put("check-ins.md", checkinText.toString());

        StringBuilder journalText = new StringBuilder("# Journal\n\nYour own entries, and the entries shared with the pair.\n\n");
        journal.visible(opened, viewer.accountId()).forEach(j -> journalText.append("## ").append(j.author()).append(", ")
                .append(j.createdAt()).append(j.shared() ? " (shared)" : " (private)").append("\n\n").append(j.body()).append("\n\n"));
        texts.put("journal.md", journalText.toString());

        StringBuilder meetingText = new StringBuilder("# Meetings\n\n");
        for (MeetingViews.Meeting m : meetings.all(opened)) {
            meetingText.append("## ").append(m.title()).append(m.cancelledAt() == null ? "" : " (called off)").append("\n\n")
                    .append(m.localStart()).append(", ").append(m.durationMinutes()).append(" minutes")
                    .append(m.location() == null ? "" : ", " + m.location())
                    .append("NONE".equals(m.recurrence()) ? "" : ", " + m.recurrence().toLowerCase(Locale.ROOT) + " × " + m.occurrences())
                    .append("\n\n");
            if (m.agenda() != null) meetingText.append("### Agenda\n\n").append(m.agenda()).append("\n\n");
            m.notes().forEach(n -> meetingText.append("### Notes by ").append(n.author()).append(", ").append(n.createdAt())
                    .append("\n\n").append(n.body()).append("\n\n"));
        }
        texts.put("meetings.md", meetingText.toString());

        StringBuilder audit = new StringBuilder("# Audit log\n\nEvery time a coordinator opened or changed this workspace.\n\n");
        em.createQuery("select a from AuditEntry a where a.workspaceId = :w order by a.createdAt, a.id",
                        org.commonplace.workspace.entity.AuditEntry.class).setParameter("w", workspaceId).getResultStream()
                .forEach(a -> audit.append("- ").append(a.createdAt()).append(", ").append(gate.names(List.of(a.actorId()))
                        .getOrDefault(a.actorId(), "former member")).append(": ").append(a.action())
                        .append(a.detail() == null ? "" : " (" + a.detail() + ")").append('\n'));
        texts.put("audit-log.md", audit.toString());
        return new Contents("workspace-" + workspaceId + "-" + slug(w.title()), texts, attachments);
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > 60) s = s.substring(0, 60);
        return s.isEmpty() ? "untitled" : s;
    }
}
