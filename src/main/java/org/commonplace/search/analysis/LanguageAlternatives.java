package org.commonplace.search.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same query in each language; an item is in one language, so the best language's score is
 * the item's. When searching, the languages the index has no text in are left out: a query is
 * built for all nine, but an index of English and French items only scores those two.
 */
final class LanguageAlternatives extends Query {
    /**
     * The languages an index reader has text in, worked out once per reader: a search rewrites its
     * queries several times (ranking, re-ranking, snippets), and asking every segment about every
     * language's fields each time was 5 % of a search on the 14-segment benchmark index. Keyed by the
     * reader's cache key, held weakly, so a closed reader's entry goes with it; a refreshed reader is a
     * new key, so a language that gains its first item is searched from the next reader on.
     */
    private static final Cache<IndexReader.CacheKey, Set<IndexLanguage>> WITH_TEXT = Caffeine.newBuilder().weakKeys().build();

    private final Map<IndexLanguage, Query> byLanguage;

    LanguageAlternatives(Map<IndexLanguage, Query> byLanguage) {
        this.byLanguage = new EnumMap<>(byLanguage);
    }

    Map<IndexLanguage, Query> byLanguage() { return byLanguage; }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Query> present = new ArrayList<>();
        Set<IndexLanguage> withText = withText(searcher.getIndexReader());
        for (Map.Entry<IndexLanguage, Query> e : byLanguage.entrySet()) {
            if (withText.contains(e.getKey())) present.add(e.getValue());
        }
        if (present.isEmpty()) return new MatchNoDocsQuery("no text in the searched languages");
        return present.size() == 1 ? present.get(0) : new DisjunctionMaxQuery(present, 0f);
    }

    private static Set<IndexLanguage> withText(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) return languagesIn(reader); // a reader that cannot be cached on (none in production)
        return WITH_TEXT.get(helper.getKey(), key -> languagesIn(reader));
    }

    private static Set<IndexLanguage> languagesIn(IndexReader reader) {
        Set<IndexLanguage> found = EnumSet.noneOf(IndexLanguage.class);
        for (IndexLanguage language : IndexLanguage.values()) {
            if (hasText(reader, language)) found.add(language);
        }
        return found;
    }

    private static boolean hasText(IndexReader reader, IndexLanguage language) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfos fields = leaf.reader().getFieldInfos();
            for (String base : SearchFields.BASES) {
                if (fields.fieldInfo(SearchFields.of(base, language)) != null) return true;
            }
        }
        return false;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.SHOULD, this);
        for (Query q : byLanguage.values()) q.visit(v);
    }

    @Override
    public String toString(String field) {
        StringBuilder s = new StringBuilder("languages(");
        byLanguage.forEach((l, q) -> s.append(l.code()).append(": ").append(q.toString(field)).append("; "));
        return s.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && byLanguage.equals(((LanguageAlternatives) other).byLanguage);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + byLanguage.hashCode();
    }
}
