package org.commonplace.search.analysis;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Related resources": a MoreLikeThis query of the most distinctive words of one indexed item
 * (title, tags, summary and body, read from the term vectors), in its own language's fields.
 * The item itself matches best: the caller leaves it out (by id) and adds its visibility filter.
 */
public final class RelatedQueries {
    private RelatedQueries() { }

    public static Query like(IndexReader reader, int docId) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(SearchAnalyzers.perField());
        List<String> fields = new ArrayList<>();
        for (String base : SearchFields.BASES) fields.addAll(SearchFields.all(base));
        mlt.setFieldNames(fields.toArray(String[]::new));
        mlt.setMinTermFreq(1); // items are short: a word said once can be what the item is about
        mlt.setMinDocFreq(2); // a word no other item has finds nothing related
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(25);
        mlt.setBoost(true);
        return mlt.like(docId);
    }
}
