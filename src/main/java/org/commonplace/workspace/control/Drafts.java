package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.workspace.entity.Draft;
import org.commonplace.workspace.entity.DraftComment;
import org.commonplace.workspace.entity.DraftVersion;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shared documents: Markdown drafts either side edits. Every save is a new version and none is
 * ever changed; a save names the version it started from, and when someone else saved in between
 * it is refused with 409 carrying both texts (never a silent overwrite). Restoring an old version
 * is a new version with that text. Comments belong to the version they were written on.
 */
@ApplicationScoped
public class Drafts {
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int NOTE_MAX = 300;
    public static final int COMMENT_MAX = 10_000;
    public static final int ANCHOR_MAX = 500;

    /** 409: the document changed since {@code baseVersion}; carries the current text and the text that was sent. */
    public static class EditConflict extends ProblemException {
        private final long documentId;
        private final int currentVersion;
        private final String currentTitle;
        private final String currentBody;
        private final String yourTitle;
        private final String yourBody;
        private final int baseVersion;

        EditConflict(long documentId, DraftVersion current, int baseVersion, String yourTitle, String yourBody, String currentAuthor) {
            super(409, "Conflict", currentAuthor + " saved version " + current.number() + " after you opened version " + baseVersion
                    + ". Nothing was overwritten: compare both texts, merge them, and save again on top of version " + current.number() + ".");
            this.documentId = documentId;
            this.currentVersion = current.number();
            this.currentTitle = current.title();
            this.currentBody = current.body();
            this.yourTitle = yourTitle;
            this.yourBody = yourBody;
            this.baseVersion = baseVersion;
        }

        public long documentId() { return documentId; }
        public int currentVersion() { return currentVersion; }
        public String currentTitle() { return currentTitle; }
        public String currentBody() { return currentBody; }
        public String yourTitle() { return yourTitle; }
        public String yourBody() { return yourBody; }
        public int baseVersion() { return baseVersion; }
    }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Markdown markdown;
    @Inject SearchOutbox searchOutbox;

    @Transactional
    public List<DraftViews.Summary> list(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "documents");
        List<Draft> drafts = em.createQuery("select d from Draft d where d.workspaceId = :w order by d.updatedAt desc, d.id desc",
                Draft.class).setParameter("w", workspaceId).getResultList();
        if (drafts.isEmpty()) return List.of();
        List<Long> ids = drafts.stream().map(Draft::id).toList();
        Map<Long, Long> comments = em.createQuery("select c.draftId, count(c) from DraftComment c where c.draftId in :ids group by c.draftId",
                Object[].class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        Map<Long, Long> authors = em.createQuery("select v.draftId, v.authorId from DraftVersion v, Draft d where v.draftId = d.id"
                        + " and v.number = d.currentVersion and d.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return drafts.stream().map(d -> new DraftViews.Summary(d.id(), d.title(), d.currentVersion(),
                opened.nameOf(authors.getOrDefault(d.id(), d.createdBy())), d.updatedAt(), comments.getOrDefault(d.id(), 0L))).toList();
    }

    @Transactional
    public long create(Viewer viewer, long workspaceId, String title, String body) {
        gate.write(viewer, workspaceId);
        String t = checkTitle(title);
        String b = checkBody(body);
        Draft draft = new Draft(workspaceId, t, viewer.accountId(), clock.now());
        em.persist(draft);
        em.flush();
        em.persist(new DraftVersion(draft.id(), 1, t, b, "first version", null, viewer.accountId(), clock.now()));
        searchOutbox.changed(SearchItemType.WORKSPACE_DOCUMENT, draft.id());
        return draft.id();
    }

    /** One version (null: the current one) with every version listed and its comments. */
    @Transactional
    public DraftViews.Document one(Viewer viewer, long workspaceId, long documentId, Integer versionNumber) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "a document");
        Draft draft = draftOf(workspaceId, documentId);
        DraftVersion v = version(draft, versionNumber == null ? draft.currentVersion() : versionNumber);
        List<DraftViews.VersionSummary> versions = em.createQuery("select v from DraftVersion v where v.draftId = :d order by v.number desc",
                        DraftVersion.class).setParameter("d", documentId).getResultStream()
                .map(x -> new DraftViews.VersionSummary(x.number(), x.title(), opened.nameOf(x.authorId()), x.createdAt(), x.note(),
                        x.restoredFrom())).toList();
        List<DraftViews.Comment> comments = em.createQuery("select c from DraftComment c where c.draftId = :d and c.versionNumber = :v"
                        + " order by c.createdAt, c.id", DraftComment.class).setParameter("d", documentId).setParameter("v", v.number())
                .getResultStream().map(c -> new DraftViews.Comment(c.id(), c.versionNumber(), opened.nameOf(c.authorId()), c.anchorText(),
                        c.body(), markdown.toHtml(c.body()), c.createdAt())).toList();
        return new DraftViews.Document(draft.id(), workspaceId, v.title(), v.number(), draft.currentVersion(), v.body(),
                markdown.toHtml(v.body()), opened.nameOf(v.authorId()), v.createdAt(), v.note(), v.restoredFrom(), versions, comments,
                opened.member() && opened.workspace().active());
    }

    /**
     * Saves a new version on top of {@code baseVersion}. The document row is locked first, so two
     * saves on top of the same version are serialised and the second one gets the conflict.
     */
    @Transactional
    public int save(Viewer viewer, long workspaceId, long documentId, Integer baseVersion, String title, String body, String note) {
        gate.write(viewer, workspaceId);
        String t = checkTitle(title);
        String b = checkBody(body);
        String n = checkNote(note);
        if (baseVersion == null) throw Invalid.field("baseVersion", "Send the version you edited (baseVersion, from the document as you read it).");
        Draft draft = draftOf(workspaceId, documentId);
        em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(draft);
        if (baseVersion != draft.currentVersion()) {
            DraftVersion current = version(draft, draft.currentVersion());
            throw new EditConflict(documentId, current, baseVersion, t, b, gate.names(List.of(current.authorId()))
                    .getOrDefault(current.authorId(), "Someone"));
        }
        DraftVersion current = version(draft, draft.currentVersion());
        if (current.body().equals(b) && current.title().equals(t)) return draft.currentVersion(); // nothing changed
        int number = draft.advance(t, clock.now());
        em.persist(new DraftVersion(documentId, number, t, b, n, null, viewer.accountId(), clock.now()));
        searchOutbox.changed(SearchItemType.WORKSPACE_DOCUMENT, documentId);
        return number;
    }

    /** Brings an earlier version back as a new version (the versions in between stay). */
    @Transactional
    public int restore(Viewer viewer, long workspaceId, long documentId, int versionNumber) {
        gate.write(viewer, workspaceId);
        Draft draft = draftOf(workspaceId, documentId);
        em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(draft);
        DraftVersion old = version(draft, versionNumber);
        int number = draft.advance(old.title(), clock.now());
        em.persist(new DraftVersion(documentId, number, old.title(), old.body(), "restored version " + versionNumber, versionNumber,
                viewer.accountId(), clock.now()));
        searchOutbox.changed(SearchItemType.WORKSPACE_DOCUMENT, documentId);
        return number;
    }

    @Transactional
    public DraftViews.Comment comment(Viewer viewer, long workspaceId, long documentId, Integer versionNumber, String anchor, String body) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Draft draft = draftOf(workspaceId, documentId);
        int v = versionNumber == null ? draft.currentVersion() : versionNumber;
        version(draft, v);
        String text = body == null ? "" : body.strip();
        String quote = anchor == null || anchor.isBlank() ? null : anchor.strip();
        new Invalid.Collector()
                .check(!text.isEmpty(), "body", "Write a comment.")
                .check(text.length() <= COMMENT_MAX, "body", "A comment may be at most " + COMMENT_MAX + " characters.")
                .check(quote == null || quote.length() <= ANCHOR_MAX, "anchor", "Quote at most " + ANCHOR_MAX + " characters.")
                .throwIfAny();
        DraftComment c = new DraftComment(documentId, v, viewer.accountId(), quote, text, clock.now());
        em.persist(c);
        em.flush();
        return new DraftViews.Comment(c.id(), v, opened.nameOf(viewer.accountId()), quote, text, markdown.toHtml(text), c.createdAt());
    }

    @Transactional
    public DraftViews.Diff diff(Viewer viewer, long workspaceId, long documentId, int from, int to, String mode) {
        gate.read(viewer, workspaceId, "a document's versions");
        String m = mode == null || mode.isBlank() ? DraftDiffs.SIDE_BY_SIDE : mode;
        if (!m.equals(DraftDiffs.SIDE_BY_SIDE) && !m.equals(DraftDiffs.INLINE)) {
            throw Invalid.field("mode", "The comparison is side-by-side or inline.");
        }
        Draft draft = draftOf(workspaceId, documentId);
        DraftVersion a = version(draft, from);
        DraftVersion b = version(draft, to);
        List<DraftViews.Row> rows = DraftDiffs.rows(a.body(), b.body(), m);
        int changes = (int) rows.stream().filter(r -> !r.kind().equals("EQUAL")).count();
        return new DraftViews.Diff(documentId, b.title(), from, to, m, rows, changes);
    }

    /** Every document with all its versions, for the export. Joins the caller's transaction. */
    Map<Draft, List<DraftVersion>> everything(long workspaceId) {
        Map<Draft, List<DraftVersion>> all = new java.util.LinkedHashMap<>();
        em.createQuery("select d from Draft d where d.workspaceId = :w order by d.id", Draft.class).setParameter("w", workspaceId)
                .getResultStream().forEach(d -> all.put(d, em.createQuery("select v from DraftVersion v where v.draftId = :d"
                        + " order by v.number", DraftVersion.class).setParameter("d", d.id()).getResultList()));
        return all;
    }

    private Draft draftOf(long workspaceId, long documentId) {
        Draft d = em.find(Draft.class, documentId);
        if (d == null || d.workspaceId() != workspaceId) throw new NotVisible("document");
        return d;
    }

    private DraftVersion version(Draft draft, int number) {
        return em.createQuery("select v from DraftVersion v where v.draftId = :d and v.number = :n", DraftVersion.class)
                .setParameter("d", draft.id()).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotVisible("version"));
    }

    private static String checkTitle(String title) {
        String t = title == null ? "" : title.strip();
        new Invalid.Collector().check(!t.isEmpty(), "title", "Give the document a title.")
                .check(t.length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.").throwIfAny();
        return t;
    }

    private static String checkBody(String body) {
        String b = body == null ? "" : body.replace("\r\n", "\n");
        if (b.length() > BODY_MAX) {
            throw Invalid.field("body", "A document may be at most " + BODY_MAX + " characters (this one has " + b.length() + ").");
        }
        return b;
    }

    private static String checkNote(String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_MAX) throw Invalid.field("note", "Keep the note under " + NOTE_MAX + " characters.");
        return n;
    }
}
