package org.commonplace.search.analysis;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The same query in each language; an item is in one language, so the best language's score is
 * the item's. When searching, the languages the index has no text in are left out: a query is
 * built for all nine, but an index of English and French items only scores those two.
 */
final class LanguageAlternatives extends Query {
    private final Map<IndexLanguage, Query> byLanguage;

    LanguageAlternatives(Map<IndexLanguage, Query> byLanguage) {
        this.byLanguage = new EnumMap<>(byLanguage);
    }

    Map<IndexLanguage, Query> byLanguage() { return byLanguage; }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Query> present = new ArrayList<>();
        for (Map.Entry<IndexLanguage, Query> e : byLanguage.entrySet()) {
            if (hasText(searcher, e.getKey())) present.add(e.getValue());
        }
        if (present.isEmpty()) return new MatchNoDocsQuery("no text in the searched languages");
        return present.size() == 1 ? present.get(0) : new DisjunctionMaxQuery(present, 0f);
    }

    private static boolean hasText(IndexSearcher searcher, IndexLanguage language) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
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
