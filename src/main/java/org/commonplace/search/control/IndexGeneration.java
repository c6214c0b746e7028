package org.commonplace.search.control;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.commonplace.search.analysis.SearchAnalyzers;
import org.commonplace.search.analysis.SearchSimilarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The index directory holds one or more generations ("gen-<millis>"); the file CURRENT names the
 * one in use. A rebuild writes a new generation beside the old one, which keeps answering until
 * the new one is complete and CURRENT is switched to it.
 */
final class IndexGeneration {
    static final String CURRENT = "CURRENT";
    static final String SCHEMA = "schema";
    static final String APPLIED_THROUGH = "appliedThrough";
    static final String BUILT_AT = "builtAt";

    /** What start-up found. */
    enum Condition { USABLE, MISSING, CORRUPT, OUTDATED }

    record Inspection(Condition condition, Path path, long appliedThrough, Instant builtAt, String problem) { }

    private IndexGeneration() { }

    static Optional<Path> current(Path root) throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.exists(pointer)) return Optional.empty();
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(root.resolve(name));
    }

    static Path newGeneration(Path root) throws IOException {
        Files.createDirectories(root);
        // the time for people reading the directory, a random part so two in one millisecond differ
        return Files.createDirectory(root.resolve("gen-" + System.currentTimeMillis() + "-"
                + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt(0x10000, 0x100000))));
    }

    /** Atomically points CURRENT at the generation and deletes the others. */
    static void makeCurrent(Path root, Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (var entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                if (Files.isDirectory(p) && p.getFileName().toString().startsWith("gen-") && !p.equals(generation)) deleteTree(p);
            }
        }
    }

    /**
     * Opens the current generation far enough to know whether it can be used: it exists, every
     * segment's checksums are right (LeafReader.checkIntegrity reads every file once), and it was
     * written with the present document schema.
     */
    static Inspection inspect(Path root) {
        Path path;
        try {
            path = current(root).orElse(null);
        } catch (IOException e) {
            return new Inspection(Condition.CORRUPT, null, 0, Instant.EPOCH, "CURRENT unreadable: " + e.getMessage());
        }
        if (path == null || !Files.isDirectory(path)) return new Inspection(Condition.MISSING, path, 0, Instant.EPOCH, "no index");
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) return new Inspection(Condition.MISSING, path, 0, Instant.EPOCH, "no commit");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
                Map<String, String> data = reader.getIndexCommit().getUserData();
                long applied = Long.parseLong(data.getOrDefault(APPLIED_THROUGH, "0"));
                Instant builtAt = Instant.ofEpochMilli(Long.parseLong(data.getOrDefault(BUILT_AT, "0")));
                if (!Integer.toString(IndexFields.SCHEMA_VERSION).equals(data.get(SCHEMA))) {
                    return new Inspection(Condition.OUTDATED, path, applied, builtAt, "schema " + data.get(SCHEMA));
                }
                return new Inspection(Condition.USABLE, path, applied, builtAt, null);
            }
        } catch (IOException | RuntimeException e) {
            return new Inspection(Condition.CORRUPT, path, 0, Instant.EPOCH, e.toString());
        }
    }

    static IndexWriter openWriter(Path path, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField())
                .setSimilarity(SearchSimilarity.get())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(FSDirectory.open(path), config);
    }

    static Map<String, String> commitData(long appliedThrough, Instant builtAt) {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, Integer.toString(IndexFields.SCHEMA_VERSION));
        data.put(APPLIED_THROUGH, Long.toString(appliedThrough));
        data.put(BUILT_AT, Long.toString(builtAt.toEpochMilli()));
        return data;
    }

    /**
     * The query cache of every searcher: Lucene's default (at most 1,000 queries and 32 MB or 5 % of
     * the heap, a query cached once it is used often), except that it caches on every segment, not
     * only on those of 10,000 documents and more than half the average. The cached visibility clause
     * is what lets {@code DenseFilterQuery} rank a member's search as Lucene ranks an unfiltered one;
     * on a segment left out it ranks through the BooleanQuery, whose weight it then builds for that
     * segment alone, looking every term up again in every segment: 3 % of a search on the benchmark
     * index, where a 33,000-document segment fell below half the average (docs/benchmarks.md).
     */
    static final QueryCache QUERY_CACHE = new LRUQueryCache(1_000, Math.min(1L << 25, Runtime.getRuntime().maxMemory() / 20),
            leaf -> true, 10);

    static SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(QUERY_CACHE);
                searcher.setSimilarity(SearchSimilarity.get());
                return searcher;
            }
        };
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) org.apache.commons.io.file.PathUtils.deleteDirectory(root);
    }

}
