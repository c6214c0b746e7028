package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Post;
import org.commonplace.library.entity.LibraryResource;
import org.commonplace.search.analysis.SearchText;
import org.commonplace.search.entity.SearchItemType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads searchable items from the database and turns them into Lucene documents. Always the
 * current state: an item that is gone, hidden, deleted or not visible to anyone becomes a delete.
 */
@ApplicationScoped
public class SearchDocuments {
    /** Forum text has no language of its own yet; English analysis (see docs/decisions/0013). */
    static final String FORUM_LANGUAGE = "en";

    public record Batch(List<Document> documents, long lastId) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    /** Text is indexed as plain text (Markdown syntax is not searchable, and snippets read cleanly). */
    @jakarta.inject.Inject org.commonplace.markdown.Markdown markdown;
    @jakarta.inject.Inject org.commonplace.library.control.ResourceFiles libraryFiles;
    /** Items of other features (pair workspaces), each found only by the accounts it names. */
    @jakarta.inject.Inject jakarta.enterprise.inject.Instance<SearchableItems> features;

    /**
     * The index operations that bring these items up to date, read in one transaction with one
     * query per kind of item (an outbox batch holds up to a thousand rows). Every operation
     * describes the item's current state, so their order does not matter.
     */
    @Transactional
    public List<IndexOperation> operationsFor(Collection<ItemRef> items) {
        List<IndexOperation> operations = new ArrayList<>();
        List<Long> resourceIds = ids(items, SearchItemType.RESOURCE);
        Map<Long, LibraryResource> resources = byId(LibraryResource.class, "r.tags", resourceIds, LibraryResource::id);
        Map<Long, String> texts = resources.isEmpty() ? Map.of() : libraryFiles.extractedTexts(resources.keySet());
        for (Long id : resourceIds) {
            LibraryResource r = resources.get(id);
            String key = new ItemRef(SearchItemType.RESOURCE, id).key();
            operations.add(r == null ? new IndexOperation.Delete(key) : new IndexOperation.Replace(key, resource(r, texts.get(id))));
        }

        Set<Long> threadIds = new java.util.LinkedHashSet<>(ids(items, SearchItemType.THREAD));
        List<Long> postIds = ids(items, SearchItemType.POST);
        Map<Long, Post> posts = byId(Post.class, null, postIds, Post::id);
        List<Post> replies = new ArrayList<>();
        for (Long id : postIds) {
            Post p = posts.get(id);
            if (p == null) operations.add(new IndexOperation.Delete(new ItemRef(SearchItemType.POST, id).key()));
            else if (p.position() == 1) threadIds.add(p.threadId()); // the opening post is part of the thread's document
            else replies.add(p);
        }
        threadOperations(threadIds, operations);

        List<Long> blogPostIds = ids(items, SearchItemType.BLOG_POST);
        Map<Long, BlogPost> blogPosts = byId(BlogPost.class, "b.tags", blogPostIds, BlogPost::id);
        for (Long id : blogPostIds) {
            BlogPost b = blogPosts.get(id);
            String key = new ItemRef(SearchItemType.BLOG_POST, id).key();
            operations.add(b == null || !b.published() ? new IndexOperation.Delete(key) : new IndexOperation.Replace(key, blogPost(b)));
        }

        // replies of threads not replaced whole above
        List<Post> single = replies.stream().filter(p -> !threadIds.contains(p.threadId())).toList();
        Map<Long, ForumThread> threads = byId(ForumThread.class, "t.tags",
                single.stream().map(Post::threadId).distinct().toList(), ForumThread::id);
        for (Post p : single) {
            ForumThread t = threads.get(p.threadId());
            String key = new ItemRef(SearchItemType.POST, p.id()).key();
            operations.add(t == null || t.hidden() || p.hidden() || p.deleted()
                    ? new IndexOperation.Delete(key) : new IndexOperation.Replace(key, reply(p, t)));
        }
        for (SearchableItems feature : features) {
            for (SearchItemType type : feature.types()) {
                List<Long> ids = ids(items, type);
                if (ids.isEmpty()) continue;
                Map<Long, SearchableItems.Indexed> found = feature.current(type, ids).stream()
                        .collect(Collectors.toMap(SearchableItems.Indexed::id, Function.identity()));
                for (Long id : ids) {
                    String key = new ItemRef(type, id).key();
                    SearchableItems.Indexed item = found.get(id);
                    operations.add(item == null ? new IndexOperation.Delete(key) : new IndexOperation.Replace(key, featureItem(type, item)));
                }
            }
        }
        return operations;
    }

    /** Items of other features, for the rebuild: one reader per type. */
    List<IndexRebuildSource> featureSources() {
        List<IndexRebuildSource> sources = new ArrayList<>();
        for (SearchableItems feature : features) {
            for (SearchItemType type : feature.types()) {
                sources.add(new IndexRebuildSource(() -> feature.count(type), (after, max) -> {
                    SearchableItems.Batch batch = feature.after(type, after, max);
                    return new Batch(batch.items().stream().map(i -> featureItem(type, i)).toList(), batch.lastId());
                }));
            }
        }
        return sources;
    }

    /** A rebuild source: how many items, and batches of their documents. */
    record IndexRebuildSource(java.util.function.LongSupplier count, java.util.function.BiFunction<Long, Integer, Batch> after) { }

    private Document featureItem(SearchItemType type, SearchableItems.Indexed item) {
        Document doc = base(new ItemRef(type, item.id()), item.date());
        visibleTo(doc, item.visibleTo().stream().map(VisibilityTokens::account).toList());
        facets(doc, List.of(), null, item.language());
        SearchText.add(doc, item.language(), item.title(), List.of(), null, item.body());
        return doc;
    }

    /** How many items a full rebuild reads (for its progress). */
    @Transactional
    public long countAll() {
        return em.createQuery("select count(r) from LibraryResource r", Long.class).getSingleResult()
                + em.createQuery("select count(t) from ForumThread t", Long.class).getSingleResult()
                + em.createQuery("select count(p) from Post p where p.position > 1", Long.class).getSingleResult()
                + featureSources().stream().mapToLong(source -> source.count().getAsLong()).sum()
                + em.createQuery("select count(b) from BlogPost b where b.status = :published", Long.class)
                .setParameter("published", BlogPost.Status.PUBLISHED).getSingleResult();
    }

    /** Published blog posts (only they are indexed); the batch's last id counts the others too. */
    @Transactional
    public Batch blogPostsAfter(long afterId, int max) {
        List<BlogPost> found = em.createQuery("select b from BlogPost b where b.id > :after order by b.id", BlogPost.class)
                .setParameter("after", afterId).setHint("eclipselink.batch", "b.tags").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(max).getResultList();
        if (found.isEmpty()) return new Batch(List.of(), afterId);
        return new Batch(found.stream().filter(BlogPost::published).map(this::blogPost).toList(), found.get(found.size() - 1).id());
    }

    @Transactional
    public Batch resourcesAfter(long afterId, int max) {
        List<LibraryResource> resources = em.createQuery("select r from LibraryResource r where r.id > :after order by r.id",
                        LibraryResource.class).setParameter("after", afterId)
                .setHint("eclipselink.batch", "r.tags").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(max).getResultList();
        Map<Long, String> texts = resources.isEmpty() ? Map.of() : libraryFiles.extractedTexts(resources.stream().map(LibraryResource::id).toList());
        return new Batch(resources.stream().map(r -> resource(r, texts.get(r.id()))).toList(),
                resources.isEmpty() ? afterId : resources.get(resources.size() - 1).id());
    }

    /** Visible threads with their opening posts; the batch's last id counts hidden ones too. */
    @Transactional
    public Batch threadsAfter(long afterId, int max) {
        List<ForumThread> threads = em.createQuery("select t from ForumThread t where t.id > :after order by t.id", ForumThread.class)
                .setParameter("after", afterId)
                .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(max).getResultList();
        if (threads.isEmpty()) return new Batch(List.of(), afterId);
        List<ForumThread> visible = threads.stream().filter(t -> !t.hidden()).toList();
        Map<Long, Post> openings = visible.isEmpty() ? Map.of()
                : em.createQuery("select p from Post p where p.position = 1 and p.threadId in :ids", Post.class)
                .setParameter("ids", visible.stream().map(ForumThread::id).toList()).getResultStream()
                .collect(Collectors.toMap(Post::threadId, Function.identity(), (a, b) -> a));
        return new Batch(visible.stream().map(t -> thread(t, openings.get(t.id()))).toList(),
                threads.get(threads.size() - 1).id());
    }

    /** Visible replies (position > 1) of visible threads; the batch's last id counts skipped ones too. */
    @Transactional
    public Batch repliesAfter(long afterId, int max) {
        List<Post> posts = em.createQuery("select p from Post p where p.id > :after order by p.id", Post.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
        if (posts.isEmpty()) return new Batch(List.of(), afterId);
        List<Long> threadIds = posts.stream().map(Post::threadId).distinct().toList();
        Map<Long, ForumThread> threads = new HashMap<>();
        for (int i = 0; i < threadIds.size(); i += 500) {
            em.createQuery("select t from ForumThread t where t.id in :ids", ForumThread.class)
                    .setParameter("ids", threadIds.subList(i, Math.min(threadIds.size(), i + 500)))
                    .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN")
                    .getResultStream().forEach(t -> threads.put(t.id(), t));
        }
        List<Document> documents = new ArrayList<>();
        for (Post p : posts) {
            ForumThread t = threads.get(p.threadId());
            if (p.position() > 1 && t != null && !t.hidden() && !p.hidden() && !p.deleted()) documents.add(reply(p, t));
        }
        return new Batch(documents, posts.get(posts.size() - 1).id());
    }

    /** Each thread's document and all its replies, or their removal when the thread is hidden or gone. */
    private void threadOperations(Collection<Long> threadIds, List<IndexOperation> operations) {
        if (threadIds.isEmpty()) return;
        Map<Long, ForumThread> threads = byId(ForumThread.class, "t.tags", List.copyOf(threadIds), ForumThread::id);
        List<Long> visible = threads.values().stream().filter(t -> !t.hidden()).map(ForumThread::id).toList();
        Map<Long, List<Post>> postsByThread = visible.isEmpty() ? Map.of()
                : em.createQuery("select p from Post p where p.threadId in :ids order by p.threadId, p.position", Post.class)
                .setParameter("ids", visible).getResultStream()
                .collect(Collectors.groupingBy(Post::threadId));
        for (Long threadId : threadIds) {
            String key = new ItemRef(SearchItemType.THREAD, threadId).key();
            ForumThread t = threads.get(threadId);
            if (t == null || t.hidden()) {
                operations.add(new IndexOperation.Delete(key));
                operations.add(new IndexOperation.ReplaceReplies(threadId, List.of()));
                continue;
            }
            List<Post> posts = postsByThread.getOrDefault(threadId, List.of());
            Post opening = posts.isEmpty() || posts.get(0).position() != 1 ? null : posts.get(0);
            operations.add(new IndexOperation.Replace(key, thread(t, opening)));
            operations.add(new IndexOperation.ReplaceReplies(threadId, posts.stream()
                    .filter(p -> p.position() > 1 && !p.hidden() && !p.deleted()).map(p -> reply(p, t)).toList()));
        }
    }

    /** Entities by id in one query ({@code batch}: a collection to fetch with them, or null). */
    private <T> Map<Long, T> byId(Class<T> type, String batch, List<Long> ids, Function<T, Long> idOf) {
        if (ids.isEmpty()) return Map.of();
        String alias = batch == null ? "e" : batch.substring(0, batch.indexOf('.'));
        var query = em.createQuery("select " + alias + " from " + type.getSimpleName() + " " + alias
                + " where " + alias + ".id in :ids", type).setParameter("ids", ids);
        if (batch != null) query.setHint("eclipselink.batch", batch).setHint("eclipselink.batch.type", "IN");
        return query.getResultStream().collect(Collectors.toMap(idOf, Function.identity()));
    }

    private static List<Long> ids(Collection<ItemRef> items, SearchItemType type) {
        return items.stream().filter(i -> i.type() == type).map(ItemRef::id).distinct().toList();
    }

    private Document resource(LibraryResource r, String filesText) {
        Document doc = base(new ItemRef(SearchItemType.RESOURCE, r.id()), r.updatedAt());
        List<String> visibleTo = !r.published() ? VisibilityTokens.draftOf(r.authorId())
                : r.cohortId() == null ? VisibilityTokens.everyone() : VisibilityTokens.cohort(r.cohortId());
        visibleTo(doc, visibleTo);
        facets(doc, r.tags(), r.cohortId(), r.language());
        String body = markdown.toText(r.body());
        if (filesText != null && !filesText.isBlank()) body = body + "\n\n" + filesText;
        SearchText.add(doc, r.language(), r.title(), r.tags(), r.summary(), body);
        return doc;
    }

    private Document thread(ForumThread t, Post opening) {
        Document doc = base(new ItemRef(SearchItemType.THREAD, t.id()), t.createdAt());
        doc.add(new StringField(IndexFields.THREAD, Long.toString(t.id()), Field.Store.NO));
        visibleTo(doc, VisibilityTokens.cohort(t.cohortId()));
        facets(doc, t.tags(), t.cohortId(), FORUM_LANGUAGE);
        String body = opening == null || opening.hidden() || opening.deleted() ? null : markdown.toText(opening.body());
        SearchText.add(doc, FORUM_LANGUAGE, t.title(), t.tags(), null, body);
        return doc;
    }

    private Document reply(Post p, ForumThread t) {
        Document doc = base(new ItemRef(SearchItemType.POST, p.id()), p.createdAt());
        doc.add(new StringField(IndexFields.THREAD, Long.toString(t.id()), Field.Store.NO));
        visibleTo(doc, VisibilityTokens.cohort(t.cohortId()));
        facets(doc, t.tags(), t.cohortId(), FORUM_LANGUAGE);
        // the thread's title and tags are not the reply's text: a query for the title finds the
        // thread once, not each of its replies
        SearchText.add(doc, FORUM_LANGUAGE, "", List.of(), null, markdown.toText(p.body()));
        return doc;
    }

    /** A published blog post: public, English analysis like the forum, the excerpt as its summary. */
    private Document blogPost(BlogPost b) {
        Document doc = base(new ItemRef(SearchItemType.BLOG_POST, b.id()), b.publishedAt());
        visibleTo(doc, VisibilityTokens.everyone());
        facets(doc, b.tags(), null, FORUM_LANGUAGE);
        SearchText.add(doc, FORUM_LANGUAGE, b.title(), b.tags(), b.excerpt().isBlank() ? null : b.excerpt(), markdown.toText(b.body()));
        return doc;
    }

    private static void visibleTo(Document doc, List<String> tokens) {
        tokens.forEach(token -> doc.add(new StringField(VisibilityTokens.FIELD, token, Field.Store.NO)));
    }

    private static Document base(ItemRef item, Instant date) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KEY, item.key(), Field.Store.YES));
        // also as doc values: a result page reads its keys from there, not from the compressed stored fields
        doc.add(new SortedDocValuesField(IndexFields.KEY, new BytesRef(item.key())));
        doc.add(new StringField(IndexFields.TYPE, item.type().apiName(), Field.Store.NO));
        long millis = date == null ? 0 : date.toEpochMilli();
        doc.add(new NumericDocValuesField(IndexFields.DATE, millis));
        doc.add(new StoredField(IndexFields.DATE, millis));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, item.type().apiName()));
        if (date != null) {
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, Integer.toString(date.atOffset(ZoneOffset.UTC).getYear())));
        }
        return doc;
    }

    private static void facets(Document doc, Collection<String> tags, Long cohortId, String language) {
        for (String tag : tags) doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TAG, tag));
        if (cohortId != null) doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_COHORT, Long.toString(cohortId)));
        if (language != null && !language.isBlank()) doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_LANGUAGE, language));
    }
}
