package org.commonplace.search.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many items a search finds and its facet counts: every matching item is visited (without
 * scoring), so this is the part of a search whose cost grows with the size of the result.
 *
 * <p>The counts are kept per state of this node's index and per query (the visibility clause and
 * the chosen facet values are part of the query, so one viewer's counts are never another's
 * unless they may see the same items). A refreshed index is a new reader, so counts are never
 * stale: entries of older readers are simply no longer asked for and age out. This is
 * Elasticsearch's shard request cache, which keeps totals and aggregations until the next
 * refresh. Nothing here is shared between nodes: each node counts in its own index.
 */
@ApplicationScoped
public class SearchCounts {
    /** Facet values per dimension, most frequent first. */
    static final int FACET_VALUES = 20;

    /** total: matching items; byDimension: the top values of each facet dimension the index has. */
    public record Counts(long total, Map<String, FacetResult> byDimension) {
        static final Counts NONE = new Counts(0, Map.of());
    }

    private record Key(IndexReader.CacheKey reader, Query matching) { }

    private record FacetState(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) { }

    /** How many searches' counts a node keeps (a few hundred bytes each); 0 counts every search anew. */
    @Inject @ConfigProperty(name = "commonplace.search.count-cache-entries", defaultValue = "1000")
    int entries;

    private Cache<Key, Counts> cache;
    private volatile FacetState facetState;

    @PostConstruct
    void start() {
        cache = Caffeine.newBuilder().maximumSize(Math.max(0, entries)).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** The counts of the items that {@code matching} finds (it must already hold visibility and filters). */
    public Counts of(IndexSearcher searcher, Query matching) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null || entries <= 0) return count(searcher, matching);
        try {
            return cache.get(new Key(helper.getKey(), matching), key -> {
                try {
                    return count(searcher, matching);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Counts count(IndexSearcher searcher, Query matching) throws IOException {
        FacetsCollector hits = searcher.search(matching, new FacetsCollectorManager()); // no scores
        long total = hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        if (total == 0) return Counts.NONE;
        Facets facets = new SortedSetDocValuesFacetCounts(state(searcher.getIndexReader()), hits);
        Map<String, FacetResult> byDimension = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            dimension(facets, dim).ifPresent(r -> byDimension.put(dim, r));
        }
        return new Counts(total, byDimension);
    }

    private static Optional<FacetResult> dimension(Facets facets, String dim) throws IOException {
        try {
            return Optional.ofNullable(facets.getTopChildren(FACET_VALUES, dim));
        } catch (IllegalArgumentException noSuchDimension) {
            return Optional.empty(); // no item of the index has a value in it
        }
    }

    /** The facet ordinals of a reader; built once per searcher generation. */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        FacetState cached = facetState;
        if (cached != null && key != null && cached.key() == key) return cached.state();
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS_CONFIG);
        if (key != null) facetState = new FacetState(key, state);
        return state;
    }
}
