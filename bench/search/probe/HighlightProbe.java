// A diagnostic, not part of the benchmark run: times the parts of one search request against the
// index that bench/search/run.sh built (after the run, with Payara stopped), to see where the search
// API's time goes. It uses the application's own query parser and analysers (its compiled classes)
// and Lucene 9.12.3 from the local Maven repository. Run with Java 17's single-file launcher:
//
//   APP=/tmp/cp-bench-search-app; L=~/.m2/repository/org/apache/lucene; V=9.12.3
//   CP=$APP/target/classes$(for a in core analysis-common queryparser queries highlighter memory facet sandbox suggest; do printf ':%s' $L/lucene-$a/$V/lucene-$a-$V.jar; done)
//   java -cp "$CP" bench/search/probe/HighlightProbe.java /tmp/cp-bench-search-work/index
//
// For each query: the search as Search.attempt does it (DrillDownQuery, FacetsCollectorManager: all
// hits collected, exact total), the facet counts of Search.facets, and a plain top-20 search; then snippets for the top 20 as
// Search.snippets does them (the DrillDownQuery handed to the UnifiedHighlighter) and with the
// relevance query alone. Median of 15 runs after 5 warm-up runs, one thread.
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.commonplace.search.analysis.SearchAnalyzers;
import org.commonplace.search.analysis.SearchFields;
import org.commonplace.search.analysis.UserQueries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

public class HighlightProbe {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path gen = root.resolve(Files.readString(root.resolve("CURRENT")).strip());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(gen))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("index %s: %,d documents, %d segments%n", gen, reader.numDocs(), reader.leaves().size());
            // partner1's visibility tokens (VisibilityTokens.of): public, account:4, cohort:1
            Query visible = new TermInSetQuery("visible_to", List.of(new BytesRef("public"), new BytesRef("account:4"), new BytesRef("cohort:1")));
            FacetsConfig config = new FacetsConfig();
            config.setMultiValued("tag", true);   // as IndexFields.FACETS_CONFIG
            var state = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(reader, config);
            String[] fields = SearchFields.snippetFields().toArray(String[]::new);
            int[] maxPassages = new int[fields.length];
            Arrays.fill(maxPassages, 2);
            System.out.println("| query | hits | search as the API (facet collector, exact total) ms | facet counts, 5 dimensions ms | plain top-20 search ms | snippets, DrillDownQuery (as the API) ms | snippets, relevance query only ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (String text : List.of("beer", "yeast", "beer taste", "\"pale ale\"", "mesopotamia")) {
                Query relevance = UserQueries.parse(text).query();
                Query base = new BooleanQuery.Builder().add(relevance, BooleanClause.Occur.MUST).add(visible, BooleanClause.Occur.FILTER).build();
                DrillDownQuery ddq = new DrillDownQuery(config, base);
                long[] hits = new long[1];
                double facetSearch = median(() -> {
                    var r = FacetsCollectorManager.search(searcher, ddq, 20, new FacetsCollectorManager());
                    hits[0] = r.topDocs().totalHits.value;
                    return r;
                });
                var collected = FacetsCollectorManager.search(searcher, ddq, 20, new FacetsCollectorManager()).facetsCollector();
                double facetCounts = median(() -> {
                    var counts = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, collected);
                    for (String dim : List.of("type", "tag", "cohort", "language", "year")) counts.getTopChildren(20, dim);
                    return counts;
                });
                double plain = median(() -> searcher.search(base, 20));
                TopDocs top = searcher.search(base, 20);
                int[] ids = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
                UnifiedHighlighter uh = new UnifiedHighlighter.Builder(searcher, SearchAnalyzers.perField())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withMaxNoHighlightPassages(1).withMaxLength(100_000).build();
                double snipDdq = median(() -> uh.highlightFields(fields, ddq, ids, maxPassages));
                double snipRel = median(() -> uh.highlightFields(fields, relevance, ids, maxPassages));
                System.out.printf("| `%s` | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", text, hits[0], facetSearch, facetCounts, plain, snipDdq, snipRel);
            }
        }
    }

    static double median(Callable<?> work) throws Exception {
        for (int i = 0; i < 5; i++) work.call();
        double[] t = new double[15];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            work.call();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
