package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.commonplace.access.Viewer;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.search.analysis.Ranking;
import org.commonplace.search.analysis.RelatedQueries;
import org.commonplace.search.analysis.RelevanceFeedback;
import org.commonplace.search.analysis.SpellingSuggestions;
import org.commonplace.search.analysis.UnparsableQuery;
import org.commonplace.search.analysis.UserQueries;
import org.commonplace.search.entity.SearchItemType;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Searches everything the viewer may see: the relevance query, the viewer's visibility clause
 * and the chosen facet values form one Lucene query, so totals, facet counts and pages only ever
 * count visible items. The page's items are then re-checked against the database (SearchItems).
 */
@ApplicationScoped
public class Search {
    public static final int QUERY_MAX = 500;
    public static final int SIZE_MAX = 50;
    public static final int DEFAULT_SIZE = 20;
    /** Deep pages cost memory (all hits up to the page are ranked); beyond this, an empty page. */
    public static final int DEEPEST_HIT = 10_000;

    public enum Order { RELEVANCE, DATE }

    /** filters: facet dimension → chosen values (values of one dimension are alternatives). */
    public record Request(String query, Map<String, List<String>> filters, Order order, int page, int size) { }

    public record Hit(String type, long id, String title, String url, String snippet, String context, Instant date) { }

    public record FacetValue(String value, String label, long count, boolean selected) { }

    public record Result(String query, long total, int page, int size, List<Hit> items,
                         Map<String, List<FacetValue>> facets, String suggestion, String notice) {
        public boolean hasNext() { return (long) page * size < total; }
        public boolean hasPrevious() { return page > 1; }
        public long pages() { return (total + size - 1) / size; }
    }

    public record Completion(String title, String url, String type) { }

    @Inject SearchIndex index;
    @Inject SearchItems items;
    @Inject SearchCounts counts;
    @Inject SearchAdmission admission;

    public Result search(Viewer viewer, Request request) {
        String text = request.query() == null ? "" : request.query().strip();
        if (text.length() > QUERY_MAX) {
            throw Invalid.field("q", "Keep the search under " + QUERY_MAX + " characters (it has " + text.length() + ").");
        }
        UserQueries.Parsed parsed;
        if (text.isEmpty()) {
            parsed = new UserQueries.Parsed(new MatchAllDocsQuery(), null, null);
        } else {
            try {
                parsed = UserQueries.parse(text);
            } catch (UnparsableQuery e) {
                throw Invalid.field("q", e.getMessage());
            }
        }
        Order order = text.isEmpty() ? Order.DATE : request.order();
        Query visible = VisibilityTokens.clauseFor(viewer);
        return admission.run(() -> index.withSearcher(searcher -> {
            Attempt attempt = attempt(searcher, parsed, visible, request, order);
            String shownNotice = parsed.notice();
            if (attempt.total() == 0 && !text.isEmpty()) {
                Attempt fuzzy = attempt(searcher, new UserQueries.Parsed(UserQueries.fuzzy(text), null, null), visible, request, order);
                if (fuzzy.total() > 0) {
                    attempt = fuzzy;
                    shownNotice = "Nothing matched exactly; these results contain similar words.";
                }
            }
            String suggestion = null;
            if (!text.isEmpty() && attempt.total() < 3) {
                suggestion = SpellingSuggestions.didYouMean(searcher, text, visible)
                        .filter(s -> !s.equalsIgnoreCase(text)).orElse(null);
            }
            CheckedPage page = page(viewer, searcher, attempt, request);
            return new Result(text, attempt.total(), request.page(), request.size(), page.hits(),
                    facets(attempt, request, page.cohortNames()), suggestion, shownNotice);
        }));
    }

    /** Titles for the search box's autocomplete: visible items whose title starts with what was typed. */
    public List<Completion> complete(Viewer viewer, String typed, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2 || text.length() > 100) return List.of();
        Query query = new BooleanQuery.Builder()
                .add(UserQueries.titlePrefix(text), BooleanClause.Occur.MUST)
                .add(VisibilityTokens.clauseFor(viewer), BooleanClause.Occur.FILTER)
                .build();
        return admission.run(() -> index.withSearcher(searcher -> checked(viewer, searcher, searcher.search(query, max * 2).scoreDocs, null, max, Set.of())
                .hits().stream().map(hit -> new Completion(hit.title(), hit.url(), hit.type())).toList()));
    }

    /** Resources like this one (MoreLikeThis over its indexed text), among those the viewer may see. */
    public List<Hit> relatedResources(Viewer viewer, long resourceId, int max) {
        return related(viewer, SearchItemType.RESOURCE, resourceId, max);
    }

    /** Published blog posts like this one (MoreLikeThis), for the post's page. */
    public List<Hit> relatedBlogPosts(Viewer viewer, long postId, int max) {
        return related(viewer, SearchItemType.BLOG_POST, postId, max);
    }

    /** Items of the same type like this one, among those the viewer may see. */
    private List<Hit> related(Viewer viewer, SearchItemType type, long id, int max) {
        String key = new ItemRef(type, id).key();
        return admission.run(() -> index.withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(new Term(IndexFields.KEY, key)), 1);
            if (self.scoreDocs.length == 0) return List.of();
            Query like = RelatedQueries.like(searcher.getIndexReader(), self.scoreDocs[0].doc);
            Query query = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(VisibilityTokens.clauseFor(viewer), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.TYPE, type.apiName())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.KEY, key)), BooleanClause.Occur.MUST_NOT)
                    .build();
            return checked(viewer, searcher, searcher.search(query, max * 2).scoreDocs, null, max, Set.of()).hits();
        }));
    }

    /** highlight: what the person typed (for the snippets). */
    private record Attempt(Query highlight, TopDocs top, SearchCounts.Counts counts) {
        long total() { return counts.total(); }
    }

    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true));

    /**
     * Relevance feedback (RM3) for questions of three words or more ranked by relevance: it helps
     * most where a question says a thing in other words than the answers, and costs a second
     * ranking of the candidates (docs/decisions/0014). Short queries, the usual case, are ranked once.
     */
    static final int FEEDBACK_MIN_WORDS = 3;

    /**
     * One search: the matches are counted (with their facets, SearchCounts), then the page's
     * share of them is ranked. With a candidates query (UserQueries.Parsed#candidates), which
     * matches the same items cheaply, counting scores nothing and ranking is done in two stages
     * (Ranking); without one (typo tolerance, the browse page), the query itself is used.
     */
    private Attempt attempt(IndexSearcher searcher, UserQueries.Parsed parsed, Query visible, Request request, Order order) throws IOException {
        int wanted = Math.max(1, Math.min(DEEPEST_HIT, request.page() * request.size()));
        Query filter = drillDown(visible, request);
        Query matching = parsed.candidates() != null ? Ranking.matching(parsed, filter) : filtered(parsed.query(), filter);
        SearchCounts.Counts counted = counts.of(searcher, matching);
        // Snippets mark the words (and phrases) that were searched for; the candidates query holds
        // exactly those, without the proximity pairs, whose matches the highlighter would work out
        // per item and field for nothing (their words are marked anyway).
        Query highlight = parsed.candidates() != null ? parsed.candidates() : parsed.query();
        if (counted.total() == 0) return new Attempt(highlight, new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), counted);
        TopDocs top;
        if (order == Order.DATE) {
            top = searcher.search(matching, wanted, NEWEST_FIRST);
        } else if (parsed.candidates() != null) {
            top = Ranking.best(searcher, parsed, filter, wanted, feedbackWanted(request));
        } else {
            Query ranked = feedbackWanted(request) ? RelevanceFeedback.expand(searcher, parsed.query(), filter) : parsed.query();
            top = searcher.search(filtered(ranked, filter), wanted);
        }
        return new Attempt(highlight, top, counted);
    }

    private static Query filtered(Query query, Query filter) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    private static boolean feedbackWanted(Request request) {
        String text = request.query() == null ? "" : request.query().strip();
        return !text.isEmpty() && text.split("\\s+").length >= FEEDBACK_MIN_WORDS;
    }

    /** The base query restricted to the chosen facet values (values of one dimension are alternatives). */
    private static DrillDownQuery drillDown(Query base, Request request) {
        DrillDownQuery query = new DrillDownQuery(IndexFields.FACETS_CONFIG, base);
        // add() with the same dimension again ORs the values (add(dim, a, b) would mean the path a/b)
        request.filters().forEach((dim, values) -> values.forEach(value -> query.add(dim, value)));
        return query;
    }

    /** A page of hits the database still shows to the viewer, and the names of the cohorts asked about. */
    private record CheckedPage(List<Hit> hits, Map<Long, String> cohortNames) { }

    /** The page's hits, re-checked, with the names of the cohort facet's values (read together). */
    private CheckedPage page(Viewer viewer, IndexSearcher searcher, Attempt attempt, Request request) throws IOException {
        Set<Long> facetCohorts = new HashSet<>();
        FacetResult cohorts = attempt.counts().byDimension().get(IndexFields.FACET_COHORT);
        if (cohorts != null) for (LabelAndValue lv : cohorts.labelValues) facetCohorts.add(Long.parseLong(lv.label));
        int from = (request.page() - 1) * request.size();
        ScoreDoc[] all = attempt.top().scoreDocs;
        if (from >= all.length) return checked(viewer, searcher, new ScoreDoc[0], null, 0, facetCohorts);
        ScoreDoc[] pageDocs = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + request.size()));
        return checked(viewer, searcher, pageDocs, Snippets.of(searcher, attempt.highlight(), pageDocs), pageDocs.length, facetCohorts);
    }

    /**
     * The hits that the database still shows to the viewer (SearchItems), in the index's order,
     * at most {@code max}; titles and links from the database. {@code snippets}: one per doc, or null.
     * {@code alsoNamed}: cohorts whose names are wanted as well (facet labels).
     */
    private CheckedPage checked(Viewer viewer, IndexSearcher searcher, ScoreDoc[] docs, String[] snippets, int max,
                            Set<Long> alsoNamed) throws IOException {
        List<ItemRef> refs = refs(searcher, docs);
        SearchItems.Checked visible = items.visible(viewer, refs, alsoNamed);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < refs.size() && hits.size() < max; i++) {
            SearchItems.Item item = visible.items().get(refs.get(i));
            if (item == null) continue;
            hits.add(new Hit(refs.get(i).type().apiName(), refs.get(i).id(), item.title(), item.url(),
                    snippets == null ? null : snippets[i], item.context(), item.date()));
        }
        return new CheckedPage(hits, visible.cohortNames());
    }

    private Map<String, List<FacetValue>> facets(Attempt attempt, Request request, Map<Long, String> cohortNames) {
        Map<String, FacetResult> counted = attempt.counts().byDimension();
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            List<FacetValue> values = new ArrayList<>();
            List<String> chosen = request.filters().getOrDefault(dim, List.of());
            FacetResult r = counted.get(dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, label(dim, lv.label, cohortNames), lv.value.longValue(), chosen.contains(lv.label)));
                }
            }
            if (dim.equals(IndexFields.FACET_YEAR)) values.sort((a, b) -> b.value().compareTo(a.value()));
            out.put(dim, values);
        }
        return out;
    }

    private static String label(String dim, String value, Map<Long, String> cohortNames) {
        return switch (dim) {
            case IndexFields.FACET_TYPE -> switch (value) {
                case "resource" -> "Library resources";
                case "thread" -> "Threads";
                case "post" -> "Replies";
                case "workspace-message" -> "Workspace messages";
                case "workspace-document" -> "Workspace documents";
                case "workspace-goal" -> "Workspace goals";
                case "workspace-journal" -> "Journal entries";
                case "blog-post" -> "Blog posts";
                default -> value;
            };
            case IndexFields.FACET_COHORT -> cohortNames.getOrDefault(Long.parseLong(value), "Cohort " + value);
            case IndexFields.FACET_LANGUAGE -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
                yield name.isBlank() ? value : name;
            }
            default -> value;
        };
    }

    /**
     * The items of these hits, from the key's doc values (a stored field would decompress a block
     * of documents per hit); from the stored key in an index written before the doc values existed
     * (schema 1), which keeps answering while its successor is built.
     */
    static List<ItemRef> refs(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<ItemRef> refs = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = null;
        for (ScoreDoc d : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
            SortedDocValues keys = leaf.reader().getSortedDocValues(IndexFields.KEY);
            if (keys != null && keys.advanceExact(d.doc - leaf.docBase)) {
                refs.add(ItemRef.parse(keys.lookupOrd(keys.ordValue()).utf8ToString()));
            } else {
                if (stored == null) stored = searcher.storedFields();
                refs.add(ItemRef.parse(stored.document(d.doc, Set.of(IndexFields.KEY)).get(IndexFields.KEY)));
            }
        }
        return refs;
    }
}
