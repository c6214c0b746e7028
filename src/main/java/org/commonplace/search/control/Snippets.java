package org.commonplace.search.control;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.commonplace.search.analysis.SearchAnalyzers;
import org.commonplace.search.analysis.SearchFields;
import org.commonplace.search.analysis.SearchText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The snippets of a result page: HTML-escaped passages of each hit's body (or summary) with the
 * searched words marked, cut by Lucene's UnifiedHighlighter from the offsets in the postings.
 *
 * <p>Three things differ from the highlighter's defaults, all for the cost of a result page
 * (docs/decisions/0014, "What a result page costs"): the text is read from the binary doc values
 * that {@link SearchText} writes beside each snippet field (reading a stored field decompresses a
 * block of neighbouring documents per hit, an eighth of a search's time on the benchmark index),
 * passages are scored without the 32 KB hash that {@link PassageScorer#score} allocates per
 * passage, and they are cut at sentence ends by {@link SnippetBreaks} instead of the JDK's
 * sentence iterator (which also bounds a passage's length). An index written before the doc values existed (schema 2) is read from its stored
 * fields while its successor is built.
 */
final class Snippets {
    /** Passages per field; joined with " … ". */
    static final int PASSAGES = 2;

    private Snippets() { }

    /**
     * One snippet per doc, in the docs' order; "" where an item has no text to show. The body gives
     * it (its best passages, or its first one if the words are not in it); the summary only for an
     * item without body text, so the summaries are highlighted for those items alone.
     */
    static String[] of(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        String[] out = new String[docs.length];
        for (List<String> fields : List.of(SearchFields.bodyFields(), SearchFields.summaryFields())) {
            int[] pending = IntStream.range(0, docs.length).filter(i -> out[i] == null).toArray();
            if (pending.length == 0) break;
            String[] found = highlight(searcher, query, fields, Arrays.stream(pending).map(i -> docs[i].doc).toArray());
            for (int k = 0; k < pending.length; k++) out[pending[k]] = found[k];
        }
        for (int i = 0; i < out.length; i++) if (out[i] == null) out[i] = "";
        return out;
    }

    /** For each doc, the first of these fields that gives a non-blank snippet; null where none does. */
    private static String[] highlight(IndexSearcher searcher, Query query, List<String> candidateFields, int[] ids) throws IOException {
        String[] out = new String[ids.length];
        List<String> fields = inIndex(searcher, candidateFields);
        if (fields.isEmpty()) return out;
        UnifiedHighlighter.Builder builder = new UnifiedHighlighter.Builder(searcher, SearchAnalyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withScorer(new Scorer())
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(SnippetBreaks::new)
                .withMaxLength(SearchText.SNIPPET_SOURCE_MAX)
                // terms taken from the query once per field and looked up per item; the default
                // (weight matches) rewrites and weighs the whole nine-language query per item and
                // field, which made highlighting a third of a search (docs/benchmarks.md)
                .withWeightMatches(false);
        // an index of schema 2, answering while its successor is built, has the text in stored fields
        UnifiedHighlighter highlighter = textInDocValues(searcher, fields) ? new DocValuesHighlighter(builder) : builder.build();
        int[] maxPassages = new int[fields.size()];
        Arrays.fill(maxPassages, PASSAGES);
        Map<String, String[]> byField = highlighter.highlightFields(fields.toArray(String[]::new), query, ids, maxPassages);
        for (String field : fields) {
            String[] values = byField.get(field);
            if (values == null) continue;
            for (int i = 0; i < out.length; i++) if (out[i] == null && values[i] != null && !values[i].isBlank()) out[i] = values[i];
        }
        return out;
    }

    /** The fields that some item of the index has (the highlighter prepares every field it is given). */
    private static List<String> inIndex(IndexSearcher searcher, List<String> fields) {
        return fields.stream().filter(field -> firstInfo(searcher, field) != null).toList();
    }

    /** Whether the index keeps the snippet text as doc values (schema 3; an index holds documents of one schema only). */
    private static boolean textInDocValues(IndexSearcher searcher, List<String> fields) {
        FieldInfo info = firstInfo(searcher, fields.get(0)); // fields: those some segment has
        return info != null && info.getDocValuesType() == DocValuesType.BINARY;
    }

    /** How the first segment that has the field describes it (segments of one index describe a field alike); null if none has it. */
    private static FieldInfo firstInfo(IndexSearcher searcher, String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) return info;
        }
        return null;
    }

    /** Reads the text to cut snippets from out of the fields' binary doc values instead of stored fields. */
    static final class DocValuesHighlighter extends UnifiedHighlighter {
        DocValuesHighlighter(Builder builder) {
            super(builder);
        }

        /**
         * The field as the first segment that has it describes it. Lucene's version merges the field
         * infos of every segment, once per highlighter, which is once per result page here (3 % of a
         * search on the 14-segment benchmark index); it is only asked whether the field has offsets
         * in its postings and term vectors, which SearchText gives a snippet field in every segment.
         */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            return firstInfo(searcher, field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> byDoc = new ArrayList<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int sumChars = 0;
            do {
                int doc = docIter.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    BinaryDocValues text = leaf.reader().getBinaryDocValues(fields[f]); // null: no item of this segment has the field
                    if (text != null && text.advanceExact(doc - leaf.docBase)) {
                        values[f] = text.binaryValue().utf8ToString();
                        sumChars += values[f].length();
                    }
                }
                byDoc.add(values);
            } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return byDoc;
        }
    }

    /**
     * Lucene's passage score (BM25 over the passage, favouring early passages), counting each
     * term's matches in a small map instead of the BytesRefHash that {@link PassageScorer#score}
     * allocates per passage (its 32 KB block was 3.5 % of a search on the benchmark index).
     */
    static final class Scorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            // term → {matches in the passage, frequency in the doc}, summed in the order Lucene sums them
            Map<BytesRef, int[]> perTerm = new LinkedHashMap<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int index = i;
                perTerm.computeIfAbsent(terms[i], t -> new int[] {0, freqsInDoc[index]})[0]++;
            }
            double score = 0;
            for (int[] counts : perTerm.values()) {
                score += tf(counts[0], passage.getLength()) * weight(contentLength, counts[1]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }
}
