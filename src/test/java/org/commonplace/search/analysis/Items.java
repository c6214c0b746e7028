package org.commonplace.search.analysis;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A small in-memory index built as the application builds it, for specifications of search behaviour. */
final class Items {
    static final Query VISIBLE = new TermQuery(new Term("visibility", "public"));

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private IndexSearcher searcher;

    Items() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.perField()).setSimilarity(SearchSimilarity.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Items add(String id, String language, String title, String body) {
        return add(id, language, title, List.of(), null, body, true);
    }

    Items hidden(String id, String language, String title, String body) {
        return add(id, language, title, List.of(), null, body, false);
    }

    Items add(String id, String language, String title, List<String> tags, String summary, String body, boolean visible) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new StringField("visibility", visible ? "public" : "hidden", Field.Store.NO));
        SearchText.add(doc, language, title, tags, summary, body);
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = null;
        return this;
    }

    IndexSearcher searcher() {
        if (searcher == null) {
            try {
                writer.commit();
                searcher = new IndexSearcher(DirectoryReader.open(directory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            searcher.setSimilarity(SearchSimilarity.get());
        }
        return searcher;
    }

    /** Ids of the visible items the query finds, best first, as the search page would list them. */
    List<String> find(Query relevance) {
        Query q = new BooleanQuery.Builder().add(relevance, Occur.MUST).add(VISIBLE, Occur.FILTER).build();
        List<String> ids = new ArrayList<>();
        try {
            for (ScoreDoc sd : searcher().search(q, 50).scoreDocs) ids.add(searcher().storedFields().document(sd.doc).get("id"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    List<String> search(String typed) {
        try {
            return find(UserQueries.parse(typed).query());
        } catch (UnparsableQuery e) {
            throw new AssertionError("unexpectedly unparsable: " + typed, e);
        }
    }

    int docId(String id) throws IOException {
        return searcher().search(new TermQuery(new Term("id", id)), 1).scoreDocs[0].doc;
    }
}
