package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.blog.control.BlogAuthors;
import org.commonplace.blog.control.BlogDrafts;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.workspace.entity.JournalEntry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The journal: a member's private reflections. Each entry is seen by its author only, until the
 * author shares it with the pair (and can take it back). A coordinator who may read the workspace
 * sees shared entries only.
 */
@ApplicationScoped
public class Journal {
    public static final int BODY_MAX = 20_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public record Entry(long id, String author, boolean mine, String body, String bodyHtml, boolean shared, Instant createdAt) { }

    /** The journal as its page shows it: the entries, and whether the viewer may turn their own into blog drafts. */
    public record Page(List<Entry> entries, boolean mayDraftPosts) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Markdown markdown;
    @Inject SearchOutbox searchOutbox;
    @Inject BlogDrafts blogDrafts;
    @Inject BlogAuthors blogAuthors;

    @Transactional
    public List<Entry> list(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "journal (shared entries)");
        return visible(opened, viewer.accountId());
    }

    @Transactional
    public Page page(Viewer viewer, long workspaceId) {
        return new Page(list(viewer, workspaceId), blogAuthors.mayWrite(viewer));
    }

    /**
     * "Turn this into a blog draft" (issue 5): the text of one of the viewer's own entries is
     * copied into a new draft of theirs on the blog, which nobody else sees until they submit it;
     * then it is reviewed, and everyone it names is asked for consent, like any post. The entry
     * itself stays as it was (private or shared). Only the entry's author may do it, and only
     * people who may write posts (403 otherwise); to anyone else the entry does not exist (404).
     * Answers the new draft's id.
     */
    @Transactional
    public long toBlogDraft(Viewer viewer, long workspaceId, long entryId) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        JournalEntry entry = em.find(JournalEntry.class, entryId);
        if (entry == null || entry.workspaceId() != workspaceId || entry.authorId() != viewer.accountId()) {
            throw new NotVisible("journal entry");
        }
        String body = "_Copied from your workspace journal. Before you submit it: leave out what is confidential to "
                + "the pair, and name the people and organisations it is about, who will be asked for their consent._\n\n"
                + entry.body();
        return blogDrafts.fromText(viewer, "Lessons from our mentoring", body,
                "Journal entry of " + DATE.format(entry.createdAt()) + " in the workspace \"" + opened.workspace().title() + "\"");
    }

    /** Own entries and entries shared with the pair. Joins the caller's transaction. */
    List<Entry> visible(WorkspaceGate.Opened opened, long viewerId) {
        return em.createQuery("select j from JournalEntry j where j.workspaceId = :w and (j.authorId = :me or j.sharedAt is not null)"
                        + " order by j.createdAt desc, j.id desc", JournalEntry.class)
                .setParameter("w", opened.id()).setParameter("me", viewerId).getResultStream()
                .map(j -> new Entry(j.id(), opened.nameOf(j.authorId()), j.authorId() == viewerId, j.body(), markdown.toHtml(j.body()),
                        j.shared(), j.createdAt())).toList();
    }

    @Transactional
    public Entry write(Viewer viewer, long workspaceId, String body, boolean shared) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        String text = body == null ? "" : body.strip();
        new Invalid.Collector().check(!text.isEmpty(), "body", "Write something first.")
                .check(text.length() <= BODY_MAX, "body", "An entry may be at most " + BODY_MAX + " characters.").throwIfAny();
        JournalEntry entry = new JournalEntry(workspaceId, viewer.accountId(), text, clock.now());
        entry.share(shared, clock.now());
        em.persist(entry);
        em.flush();
        searchOutbox.changed(SearchItemType.WORKSPACE_JOURNAL, entry.id());
        return new Entry(entry.id(), opened.nameOf(viewer.accountId()), true, text, markdown.toHtml(text), shared, entry.createdAt());
    }

    /** Only the author shares or unshares an entry; to anyone else a private entry does not exist. */
    @Transactional
    public void share(Viewer viewer, long workspaceId, long entryId, boolean shared) {
        gate.write(viewer, workspaceId);
        JournalEntry entry = em.find(JournalEntry.class, entryId);
        if (entry == null || entry.workspaceId() != workspaceId || entry.authorId() != viewer.accountId()) {
            throw new NotVisible("journal entry");
        }
        entry.share(shared, clock.now());
        searchOutbox.changed(SearchItemType.WORKSPACE_JOURNAL, entry.id());
    }
}
