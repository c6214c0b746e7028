package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchItems;
import org.commonplace.search.control.SearchableItems;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.workspace.entity.Draft;
import org.commonplace.workspace.entity.DraftVersion;
import org.commonplace.workspace.entity.Goal;
import org.commonplace.workspace.entity.JournalEntry;
import org.commonplace.workspace.entity.Message;
import org.commonplace.workspace.entity.Workspace;
import org.commonplace.workspace.entity.WorkspaceMember;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workspace content in the search index: messages, shared documents (their current version), goals
 * and journal entries. Each is found only by the workspace's members (a private journal entry only
 * by its author); coordinators never find workspace content through search, whatever the
 * programme allows, since search is not an audited reading of one workspace.
 */
@ApplicationScoped
public class WorkspaceSearchItems implements SearchableItems {
    static final String LANGUAGE = "en";
    private static final Set<SearchItemType> TYPES = Set.of(SearchItemType.WORKSPACE_MESSAGE, SearchItemType.WORKSPACE_DOCUMENT,
            SearchItemType.WORKSPACE_GOAL, SearchItemType.WORKSPACE_JOURNAL);

    /** One item with the workspace it belongs to and who wrote it (null: every member may find it). */
    private record Found(long id, long workspaceId, Long privateTo, Instant date, String title, String body, String url, String kind) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject WorkspaceGate gate;

    @Override
    public Set<SearchItemType> types() { return TYPES; }

    @Override
    @Transactional
    public List<Indexed> current(SearchItemType type, Collection<Long> ids) {
        return indexed(found(type, ids));
    }

    @Override
    @Transactional
    public long count(SearchItemType type) {
        return em.createQuery("select count(e) from " + entity(type) + " e", Long.class).getSingleResult();
    }

    @Override
    @Transactional
    public Batch after(SearchItemType type, long afterId, int max) {
        List<Long> ids = em.createQuery("select e.id from " + entity(type) + " e where e.id > :after order by e.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
        if (ids.isEmpty()) return new Batch(List.of(), afterId);
        return new Batch(indexed(found(type, ids)), ids.get(ids.size() - 1));
    }

    @Override
    @Transactional
    public Map<Long, SearchItems.Item> visible(Viewer viewer, SearchItemType type, Collection<Long> ids) {
        if (!viewer.signedIn()) return Map.of();
        Map<Long, SearchItems.Item> out = new HashMap<>();
        List<Found> items = found(type, ids);
        Map<Long, Workspace> workspaces = workspaces(items);
        Set<Long> mine = new HashSet<>(em.createQuery("select m.workspaceId from WorkspaceMember m where m.accountId = :me", Long.class)
                .setParameter("me", viewer.accountId()).getResultList());
        Instant now = clock.now();
        for (Found f : items) {
            Workspace w = workspaces.get(f.workspaceId());
            if (w == null || !mine.contains(w.id()) || !w.readableByMembers(now)) continue;
            if (f.privateTo() != null && f.privateTo() != viewer.accountId().longValue()) continue;
            out.put(f.id(), new SearchItems.Item(f.title(), f.url(), w.title() + " · " + f.kind(), f.date()));
        }
        return out;
    }

    private List<Indexed> indexed(List<Found> items) {
        if (items.isEmpty()) return List.of();
        Map<Long, Set<Long>> members = new HashMap<>();
        em.createQuery("select m from WorkspaceMember m where m.workspaceId in :ids", WorkspaceMember.class)
                .setParameter("ids", items.stream().map(Found::workspaceId).distinct().toList()).getResultStream()
                .forEach(m -> members.computeIfAbsent(m.workspaceId(), k -> new HashSet<>()).add(m.accountId()));
        List<Indexed> out = new ArrayList<>();
        for (Found f : items) {
            Set<Long> visibleTo = f.privateTo() != null ? Set.of(f.privateTo()) : members.getOrDefault(f.workspaceId(), Set.of());
            if (visibleTo.isEmpty()) continue;
            out.add(new Indexed(f.id(), f.date(), visibleTo, LANGUAGE, f.title(), f.body()));
        }
        return out;
    }

    private Map<Long, Workspace> workspaces(List<Found> items) {
        if (items.isEmpty()) return Map.of();
        return em.createQuery("select w from Workspace w where w.id in :ids", Workspace.class)
                .setParameter("ids", items.stream().map(Found::workspaceId).distinct().toList()).getResultStream()
                .collect(Collectors.toMap(Workspace::id, w -> w));
    }

    /** The items of one type with these ids, as the index and the last check need them. */
    private List<Found> found(SearchItemType type, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Long> list = List.copyOf(ids);
        return switch (type) {
            case WORKSPACE_MESSAGE -> {
                List<Message> messages = em.createQuery("select e from Message e where e.id in :ids", Message.class).setParameter("ids", list).getResultList();
                Map<Long, String> names = gate.names(messages.stream().map(Message::authorId).distinct().toList());
                yield messages.stream().map(m -> new Found(m.id(), m.workspaceId(), null, m.createdAt(),
                        "Message from " + names.getOrDefault(m.authorId(), "former member"), markdown.toText(m.body()),
                        "/workspaces/" + m.workspaceId() + "/messages#message-" + m.id(), "message")).toList();
            }
            case WORKSPACE_DOCUMENT -> {
                List<Draft> drafts = em.createQuery("select e from Draft e where e.id in :ids", Draft.class).setParameter("ids", list).getResultList();
                Map<Long, String> bodies = drafts.isEmpty() ? Map.of() : em.createQuery("select v from DraftVersion v, Draft d where v.draftId = d.id"
                                + " and v.number = d.currentVersion and d.id in :ids", DraftVersion.class).setParameter("ids", list)
                        .getResultStream().collect(Collectors.toMap(DraftVersion::draftId, DraftVersion::body));
                yield drafts.stream().map(d -> new Found(d.id(), d.workspaceId(), null, d.updatedAt(), d.title(),
                        markdown.toText(bodies.getOrDefault(d.id(), "")), "/workspaces/" + d.workspaceId() + "/documents/" + d.id(),
                        "document")).toList();
            }
            case WORKSPACE_GOAL -> em.createQuery("select e from Goal e where e.id in :ids", Goal.class).setParameter("ids", list).getResultStream()
                    .map(g -> new Found(g.id(), g.workspaceId(), null, g.updatedAt(), g.title(), String.join("\n", g.specific(),
                            g.measurable(), g.achievable(), g.relevant(), g.timeBound()), "/workspaces/" + g.workspaceId() + "/goals#goal-" + g.id(),
                            "goal")).toList();
            case WORKSPACE_JOURNAL -> em.createQuery("select e from JournalEntry e where e.id in :ids", JournalEntry.class).setParameter("ids", list)
                    .getResultStream().map(j -> new Found(j.id(), j.workspaceId(), j.shared() ? null : j.authorId(), j.createdAt(),
                            "Journal entry", markdown.toText(j.body()), "/workspaces/" + j.workspaceId() + "/journal", "journal")).toList();
            default -> List.of();
        };
    }

    private static String entity(SearchItemType type) {
        return switch (type) {
            case WORKSPACE_MESSAGE -> "Message";
            case WORKSPACE_DOCUMENT -> "Draft";
            case WORKSPACE_GOAL -> "Goal";
            case WORKSPACE_JOURNAL -> "JournalEntry";
            default -> throw new IllegalArgumentException(type.name());
        };
    }
}
