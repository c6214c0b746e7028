package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a complete new index generation from the database, in batches by id, with progress.
 * Before reading, it takes the outbox position from which the new index will be fed afterwards
 * (OutboxReader.safeStart): every change up to it is in what the rebuild reads, and changes after
 * it are applied again once the new generation is installed.
 */
@ApplicationScoped
public class IndexRebuild {
    private static final int BATCH = 1000;

    public record Built(Path path, IndexWriter writer, long appliedThrough, Instant builtAt, long documents, Duration took) { }

    @Inject SearchDocuments documents;
    @Inject OutboxReader outbox;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    boolean begin() { return running.compareAndSet(false, true); }
    void end() { running.set(false); }
    public boolean running() { return running.get(); }
    public long done() { return done.get(); }
    public long total() { return total.get(); }

    Built run(Path root, Runnable progress) throws IOException {
        Instant started = Instant.now();
        long appliedThrough = outbox.safeStart(started);
        done.set(0);
        total.set(documents.countAll());
        Path path = IndexGeneration.newGeneration(root);
        IndexWriter writer = IndexGeneration.openWriter(path, IndexWriterConfig.OpenMode.CREATE);
        try {
            long count = 0;
            count += copy(writer, documents::resourcesAfter, progress);
            count += copy(writer, documents::threadsAfter, progress);
            count += copy(writer, documents::repliesAfter, progress);
            for (SearchDocuments.IndexRebuildSource source : documents.featureSources()) {
                count += copy(writer, (after, max) -> source.after().apply(after, max), progress);
            }
            count += copy(writer, documents::blogPostsAfter, progress);
            writer.setLiveCommitData(IndexGeneration.commitData(appliedThrough, started).entrySet());
            writer.commit();
            done.set(total.get());
            return new Built(path, writer, appliedThrough, started, count, Duration.between(started, Instant.now()));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            IndexGeneration.deleteTree(path);
            throw e;
        }
    }

    private interface BatchReader {
        SearchDocuments.Batch after(long afterId, int max);
    }

    private long copy(IndexWriter writer, BatchReader reader, Runnable progress) throws IOException {
        long after = 0;
        long count = 0;
        int batches = 0;
        while (true) {
            SearchDocuments.Batch batch = reader.after(after, BATCH);
            if (batch.lastId() == after) return count;
            for (Document doc : batch.documents()) writer.addDocument(IndexFields.FACETS_CONFIG.build(doc));
            count += batch.documents().size();
            done.addAndGet(batch.documents().size());
            after = batch.lastId();
            if (++batches % 20 == 0) progress.run();
        }
    }

}
