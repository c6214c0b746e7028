package org.commonplace.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.commonplace.search.analysis.Ranking;
import org.commonplace.search.analysis.SearchAnalyzers;
import org.commonplace.search.analysis.SearchSimilarity;
import org.commonplace.search.analysis.SearchText;
import org.commonplace.search.analysis.UnparsableQuery;
import org.commonplace.search.analysis.UserQueries;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Search quality, measured: indexes the Cranfield collection through the production analysis
 * ({@link SearchText}, {@link SearchAnalyzers}, {@link SearchSimilarity}), runs the development
 * queries through {@link UserQueries#parse} exactly as the search page does (an unparsable query
 * finds nothing; a query that finds nothing is retried with {@link UserQueries#fuzzy}), and scores
 * the top 1000 with {@code shared/tools/ir-eval.py}. The same is done for plain Lucene BM25
 * (StandardAnalyzer, one field with title and text, classic QueryParser, OR) as the baseline.
 *
 * <p>Run: {@code mvn -B -Prelevance test-compile exec:java}; arguments: the Cranfield directory and
 * the output directory. Writes the TREC run files, the converted qrels and {@code report.md}.
 */
public final class RelevanceEvaluation {
    static final int DEPTH = 1000;
    /** Latency is timed for a result page, as the search page asks for it. */
    static final int PAGE = 20;
    static final int TIMED_ROUNDS = 5;

    /** One document of the collection. */
    public record Item(String id, String title, String text) { }

    /** One query of the collection. */
    public record Topic(String id, String text) { }

    /** What a person typed, turned into the best n items of the collection; null when it cannot be searched for. */
    @FunctionalInterface
    public interface Ranker {
        TopDocs top(IndexSearcher searcher, String typed, int n) throws IOException;
    }

    /** What a person typed, turned into one query; null finds nothing. */
    @FunctionalInterface
    public interface QueryRanker {
        Query query(IndexSearcher searcher, String typed) throws IOException;
    }

    /** Ranks by one query, searched once. */
    public static Ranker byQuery(QueryRanker ranking) {
        return (searcher, typed, n) -> {
            Query q = ranking.query(searcher, typed);
            return q == null ? null : searcher.search(q, n);
        };
    }

    /** One system's figures: the ir-eval line, mean and 95th-percentile milliseconds per query. */
    public record Result(String name, String figures, double meanMs, double p95Ms, int unparsable, int fuzzy) {
        String metric(String key) {
            for (String part : figures.split("\\s+")) if (part.startsWith(key + "=")) return part.substring(key.length() + 1);
            return "?";
        }
    }

    private final Path data;
    private final Path out;
    private final List<Item> corpus;
    private final List<Topic> topics;
    private final Path qrels;

    public RelevanceEvaluation(Path data, Path out) throws IOException {
        this.data = data;
        this.out = out;
        Files.createDirectories(out);
        this.corpus = readCorpus(data.resolve("corpus.jsonl"));
        this.topics = readTopics(data.resolve("queries.dev.jsonl"));
        this.qrels = trecQrels(data.resolve("qrels.dev.tsv"), out.resolve("qrels.dev.trec"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RelevanceEvaluation <cranfield directory> <output directory>");
            System.exit(2);
        }
        RelevanceEvaluation evaluation = new RelevanceEvaluation(Path.of(args[0]), Path.of(args[1]));
        List<Result> results = List.of(evaluation.baseline(), evaluation.productionWithoutFeedback(), evaluation.production());
        for (Result r : results) System.out.println(line(r));
        evaluation.writeReport(results);
    }

    public List<Item> corpus() { return corpus; }

    /** Plain Lucene: StandardAnalyzer, title and text in one field, classic QueryParser with OR, BM25(1.2, 0.75). */
    public Result baseline() throws IOException {
        Analyzer analyzer = new StandardAnalyzer();
        Directory index = index(analyzer, new BM25Similarity(), (item, doc) ->
                doc.add(new TextField("text", item.title() + "\n" + item.text(), Field.Store.NO)));
        return evaluate("baseline: plain Lucene BM25", index, new BM25Similarity(), byQuery((searcher, typed) -> {
            QueryParser parser = new QueryParser("text", analyzer);
            try {
                return parser.parse(QueryParser.escape(typed));
            } catch (ParseException e) {
                return null;
            }
        }));
    }

    /** The production pipeline: SearchText, the per-field analyser, the similarity, UserQueries, RelevanceFeedback. */
    public Result production() throws IOException {
        return evaluate("production: Commonplace search", productionIndex(), SearchSimilarity.get(), RelevanceEvaluation::asSearched);
    }

    /** The production pipeline without its feedback step (one search per query). */
    public Result productionWithoutFeedback() throws IOException {
        return evaluate("production without relevance feedback", productionIndex(), SearchSimilarity.get(),
                (searcher, typed, n) -> asSearched(searcher, typed, n, false));
    }

    /** The collection indexed as the application indexes a library resource in English. */
    public Directory productionIndex() throws IOException {
        return index(SearchAnalyzers.perField(), SearchSimilarity.get(), (item, doc) ->
                SearchText.add(doc, "en", item.title(), List.of(), null, item.text()));
    }

    /** As the search page ranks: parsed, candidates re-ranked, expanded by feedback from visible items, filtered. */
    static TopDocs asSearched(IndexSearcher searcher, String typed, int n) throws IOException {
        return asSearched(searcher, typed, n, true);
    }

    static TopDocs asSearched(IndexSearcher searcher, String typed, int n, boolean feedback) throws IOException {
        Query visible = new MatchAllDocsQuery(); // stands for the visibility and facet filters
        try {
            return Ranking.best(searcher, UserQueries.parse(typed), visible, n, feedback);
        } catch (UnparsableQuery e) {
            return null;
        }
    }

    /** Indexes the collection with an id field and whatever the given writer adds. */
    public Directory index(Analyzer analyzer, Similarity similarity, DocumentWriter writer) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Item item : corpus) {
                Document doc = new Document();
                doc.add(new StringField("id", item.id(), Field.Store.YES));
                writer.write(item, doc);
                w.addDocument(doc);
            }
        }
        return dir;
    }

    /** Adds an item's fields to its document. */
    @FunctionalInterface
    public interface DocumentWriter {
        void write(Item item, Document doc);
    }

    /**
     * Runs every topic, writes the run file, scores it, and times {@link #TIMED_ROUNDS} further
     * rounds of a first result page (parsing included) after the scored round has warmed up.
     */
    public Result evaluate(String name, Directory index, Similarity similarity, Ranker ranking) throws IOException {
        return evaluate(name, index, similarity, ranking, byQuery((searcher, typed) -> UserQueries.fuzzy(typed)));
    }

    public Result evaluate(String name, Directory index, Similarity similarity, Ranker ranking, Ranker fallback)
            throws IOException {
        String tag = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        Path run = out.resolve(tag + ".run");
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity);
            int[] counts = writeRun(searcher, ranking, fallback, run, tag);
            double[] ms = new double[topics.size() * TIMED_ROUNDS];
            int i = 0;
            for (int round = 0; round < TIMED_ROUNDS; round++) {
                for (Topic topic : topics) {
                    long start = System.nanoTime();
                    ranking.top(searcher, topic.text(), PAGE);
                    ms[i++] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            double mean = Arrays.stream(ms).average().orElse(0);
            double p95 = ms[(int) Math.floor(0.95 * (ms.length - 1))];
            return new Result(name, score(run), mean, p95, counts[0], counts[1]);
        }
    }

    /** Writes the top {@link #DEPTH} of every topic in TREC format; answers {unparsable, fuzzy fallbacks}. */
    private int[] writeRun(IndexSearcher searcher, Ranker ranking, Ranker fallback, Path run, String tag)
            throws IOException {
        int unparsable = 0;
        int fuzzy = 0;
        try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (Topic topic : topics) {
                TopDocs top = ranking.top(searcher, topic.text(), DEPTH);
                if (top == null) {
                    unparsable++;
                    continue;
                }
                if (top.scoreDocs.length == 0 && fallback != null) {
                    TopDocs f = fallback.top(searcher, topic.text(), DEPTH);
                    if (f != null) {
                        fuzzy++;
                        top = f;
                    }
                }
                int rank = 1;
                for (ScoreDoc sd : top.scoreDocs) {
                    String id = searcher.storedFields().document(sd.doc).get("id");
                    w.write(topic.id() + " Q0 " + id + " " + rank++ + " " + sd.score + " " + tag + "\n");
                }
            }
        }
        return new int[] {unparsable, fuzzy};
    }

    /** Scores a run file with the shared trec_eval-like script. */
    String score(Path run) throws IOException {
        Path script = data.resolve("../../tools/ir-eval.py").normalize();
        Process p = new ProcessBuilder("python3", script.toString(), qrels.toString(), run.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (p.waitFor() != 0) throw new IOException("ir-eval.py failed: " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output;
    }

    static String line(Result r) {
        return String.format(Locale.ROOT, "%-45s %s ms/query=%.2f p95=%.2f unparsable=%d fuzzy=%d",
                r.name(), r.figures(), r.meanMs(), r.p95Ms(), r.unparsable(), r.fuzzy());
    }

    void writeReport(List<Result> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Search relevance on Cranfield (").append(LocalDate.now()).append(")\n\n")
                .append(corpus.size()).append(" documents, ").append(topics.size())
                .append(" development queries (").append(data).append("), top ").append(DEPTH)
                .append(" scored by `shared/tools/ir-eval.py`; latency is parsing plus a first page of ")
                .append(PAGE).append(" hits, ").append(TIMED_ROUNDS).append(" rounds after one warm-up round.\n\n")
                .append("| system | nDCG@10 | MAP | P@10 | R@100 | ms/query (mean) | ms/query (p95) | unparsable | fuzzy fallback |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %.2f | %d | %d |%n", r.name(),
                    r.metric("nDCG@10"), r.metric("MAP"), r.metric("P@10"), r.metric("R@100"),
                    r.meanMs(), r.p95Ms(), r.unparsable(), r.fuzzy()));
        }
        md.append("\nRaw lines:\n\n```\n");
        for (Result r : results) md.append(line(r)).append('\n');
        md.append("```\n");
        Files.writeString(out.resolve("report.md"), md.toString());
    }

    static List<Item> readCorpus(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        eachJson(file, n -> items.add(new Item(n.get("_id").asText(), n.path("title").asText(""), n.path("text").asText(""))));
        return items;
    }

    static List<Topic> readTopics(Path file) throws IOException {
        List<Topic> topics = new ArrayList<>();
        eachJson(file, n -> topics.add(new Topic(n.get("_id").asText(), n.get("text").asText())));
        return topics;
    }

    private static void eachJson(Path file, Consumer<JsonNode> consumer) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                consumer.accept(json.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** "query-id corpus-id score" with a header line, as BEIR ships it, to "qid 0 docid gain". */
    static Path trecQrels(Path tsv, Path trec) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 3 || !f[2].matches("-?\\d+")) continue; // the header, blank lines
            lines.add(f[0] + " 0 " + f[1] + " " + f[2]);
        }
        Files.write(trec, lines, StandardCharsets.UTF_8);
        return trec;
    }
}
