package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.commonplace.search.analysis.SearchSimilarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's Lucene index: one long-lived IndexWriter and a SearcherManager over it. Searches
 * borrow a searcher; the IndexFeeder applies outbox changes and refreshes. While a rebuild runs,
 * the previous generation keeps answering (read-only if it is of an older schema); a node with
 * no usable index answers every search with nothing until the rebuild is installed.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** One generation in use. writer is null for a read-only (outdated) generation. */
    record Live(Path path, IndexWriter writer, SearcherManager searchers, long appliedThrough, Instant builtAt) { }

    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private volatile Live live;
    private final IndexSearcher empty = emptySearcher();

    /** Runs the work with the current searcher (a consistent point-in-time view). */
    public <T> T withSearcher(SearcherWork<T> work) {
        Live current = live;
        try {
            if (current == null) return work.apply(empty);
            IndexSearcher searcher;
            try {
                searcher = current.searchers().acquire();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                return withSearcher(work); // swapped while we looked: use the new generation
            }
            try {
                return work.apply(searcher);
            } finally {
                current.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean writable() {
        Live current = live;
        return current != null && current.writer() != null;
    }

    boolean open() {
        return live != null;
    }

    long appliedThrough() {
        Live current = live;
        return current == null ? 0 : current.appliedThrough();
    }

    Instant builtAt() {
        Live current = live;
        return current == null ? Instant.EPOCH : current.builtAt();
    }

    Path path() {
        Live current = live;
        return current == null ? null : current.path();
    }

    long documents() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** Opens a usable generation for writing (after start-up found it sound). */
    synchronized void openWritable(Path path, long appliedThrough, Instant builtAt) throws IOException {
        IndexWriter writer = IndexGeneration.openWriter(path, org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND);
        install(new Live(path, writer, new SearcherManager(writer, IndexGeneration.searcherFactory()), appliedThrough, builtAt));
    }

    /** Keeps an outdated generation answering, read-only, while the new one is built. */
    synchronized void openReadOnly(Path path) throws IOException {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path));
        install(new Live(path, null, new SearcherManager(reader, IndexGeneration.searcherFactory()), 0, Instant.EPOCH));
    }

    /** Takes over a freshly built generation; the previous one is closed. */
    synchronized void installBuilt(Path path, IndexWriter writer, long appliedThrough, Instant builtAt) throws IOException {
        install(new Live(path, writer, new SearcherManager(writer, IndexGeneration.searcherFactory()), appliedThrough, builtAt));
    }

    /** Applies changes (not yet committed: see commit). Caller: the feeder, one thread at a time. */
    synchronized void apply(List<IndexOperation> operations) throws IOException {
        IndexWriter writer = live.writer();
        for (IndexOperation op : operations) {
            if (op instanceof IndexOperation.Replace r) {
                writer.updateDocument(new Term(IndexFields.KEY, r.key()), IndexFields.FACETS_CONFIG.build(r.document()));
            } else if (op instanceof IndexOperation.Delete d) {
                writer.deleteDocuments(new Term(IndexFields.KEY, d.key()));
            } else if (op instanceof IndexOperation.ReplaceReplies rr) {
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexFields.TYPE, "post")), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(IndexFields.THREAD, Long.toString(rr.threadId()))), BooleanClause.Occur.FILTER)
                        .build());
                for (var doc : rr.replies()) writer.addDocument(IndexFields.FACETS_CONFIG.build(doc));
            }
        }
    }

    /** Makes applied changes searchable (near-real-time; no fsync). */
    void refresh() throws IOException {
        Live current = live;
        if (current != null) current.searchers().maybeRefresh();
    }

    /** Durably records the changes and how far the outbox has been applied. */
    synchronized void commit(long appliedThrough) throws IOException {
        Live current = live;
        current.writer().setLiveCommitData(IndexGeneration.commitData(appliedThrough, current.builtAt()).entrySet());
        current.writer().commit();
        live = new Live(current.path(), current.writer(), current.searchers(), appliedThrough, current.builtAt());
    }

    private void install(Live next) throws IOException {
        Live previous = live;
        live = next;
        if (previous != null) close(previous);
    }

    synchronized void close() {
        if (live != null) close(live);
        live = null;
    }

    private static void close(Live l) {
        try {
            l.searchers().close();
            if (l.writer() != null) l.writer().close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index at " + l.path() + " failed", e);
        }
    }

    private static IndexSearcher emptySearcher() {
        try {
            IndexSearcher searcher = new IndexSearcher(new MultiReader());
            searcher.setSimilarity(SearchSimilarity.get());
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
