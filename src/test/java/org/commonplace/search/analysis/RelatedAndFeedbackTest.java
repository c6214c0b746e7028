package org.commonplace.search.analysis;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedAndFeedbackTest {

    /** Enough other items that the words of one are specific to it (feedback ignores words in over a tenth of the items). */
    private static Items library() {
        Items items = new Items();
        String[] topics = {"hiking", "painting", "cooking", "chess", "gardening", "cycling", "pottery", "rowing", "poetry",
            "sailing", "knitting", "birding", "climbing", "fencing", "archery", "baking", "juggling", "origami"};
        for (String topic : topics) items.add(topic, "en", "Club: " + topic, "Members meet for " + topic + " on Fridays.");
        return items
                .add("goals", "en", "Setting goals with your mentee", "Agree on three goals, review the goals monthly, write goals down.")
                .add("goals2", "en", "Reviewing goals", "A monthly review of goals keeps the mentee and mentor on track.")
                .add("budget", "en", "Travel budget", "Hotels, trains and meals for the cohort meeting.")
                .add("food", "en", "Catering", "Meals and drinks for events.")
                .hidden("secret", "en", "Goals of the merger", "Goals: merger with Contoso, confidential, Contoso Contoso.");
    }

    @Test
    void moreLikeThisFindsTheSimilarItem() throws Exception {
        Items items = library();
        Query related = RelatedQueries.like(items.searcher().getIndexReader(), items.docId("goals"));
        assertThat(items.find(related)).startsWith("goals", "goals2").doesNotContain("budget");
    }

    @Test
    void feedbackAddsWordsOfVisibleItemsOnly() throws Exception {
        Items items = library();
        Query parsed = UserQueries.parse("goals").query();
        Query expanded = RelevanceFeedback.expand(items.searcher(), parsed, Items.VISIBLE);
        Set<String> words = new HashSet<>();
        expanded.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) words.add(t.text());
            }
        });
        assertThat(words).contains("goal", "review").doesNotContain("contoso", "merger", "confidential");
        assertThat(items.find(expanded)).containsExactlyInAnyOrder("goals", "goals2");
    }
}
