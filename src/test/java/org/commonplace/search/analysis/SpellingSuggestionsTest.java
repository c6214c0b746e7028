package org.commonplace.search.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingSuggestionsTest {

    @Test
    void suggestsTheCloseWordOfAVisibleItem() throws IOException {
        Items items = new Items().add("a", "en", "Mentoring agreements", "How pairs agree on goals.");
        assertThat(SpellingSuggestions.didYouMean(items.searcher(), "mentorng agreements", Items.VISIBLE))
                .contains("mentoring agreements");
    }

    @Test
    void neverSuggestsAWordOnlyAnItemThePersonMayNotSeeHas() throws IOException {
        Items items = new Items().add("a", "en", "Budget", "The yearly budget.")
                .hidden("secret", "en", "Acquisition", "The acquisition of Contoso.");
        assertThat(SpellingSuggestions.didYouMean(items.searcher(), "acquisitoin", Items.VISIBLE)).isEmpty();
        assertThat(SpellingSuggestions.didYouMean(items.searcher(), "budgte", Items.VISIBLE)).contains("budget");
    }

    @Test
    void aWordOnlyHiddenItemsHaveIsCorrectedToAVisibleOne() throws IOException {
        Items items = new Items().add("a", "en", "Mentors", "Mentors meet weekly.")
                .hidden("secret", "en", "Mentorz", "A hidden item.");
        assertThat(SpellingSuggestions.didYouMean(items.searcher(), "mentorz", Items.VISIBLE)).contains("mentors");
    }

    @Test
    void noSuggestionWhenTheWordsAreKnown() throws IOException {
        Items items = new Items().add("a", "en", "Budget", "The yearly budget.");
        assertThat(SpellingSuggestions.didYouMean(items.searcher(), "yearly budget", Items.VISIBLE)).isEmpty();
    }
}
