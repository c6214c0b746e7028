package org.commonplace.search.analysis;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;

import java.io.IOException;

/** "Related resources": a MoreLikeThis query built from one indexed item's stored text. */
public final class RelatedQueries {
    private RelatedQueries() { }

    public static Query like(IndexReader reader, int docId) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(SearchAnalyzers.perField());
        mlt.setFieldNames(SearchFields.snippetFields().toArray(String[]::new));
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(25);
        return mlt.like(docId);
    }
}
