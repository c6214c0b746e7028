package org.commonplace.search.analysis;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserQueriesTest {

    @Test
    void aFrenchPluralFindsTheFrenchSingular() {
        Items items = new Items().add("fr", "fr", "Guide", "La formation des tuteurs commence en mai.")
                .add("en", "en", "Guide", "Mentor training starts in May.");
        assertThat(items.search("formations")).containsExactly("fr");
    }

    @Test
    void spanishPortugueseAndHungarianWordsAreFoundInOtherForms() {
        Items items = new Items()
                .add("es", "es", "Guía", "Las reuniones de mentores son cada semana.")
                .add("pt", "pt", "Guia", "As reuniões dos mentores são semanais.")
                .add("hu", "hu", "Útmutató", "A mentorok találkozója minden héten van.");
        assertThat(items.search("reunión")).containsExactly("es");
        assertThat(items.search("reunião")).containsExactly("pt");
        assertThat(items.search("találkozók")).containsExactly("hu");
    }

    @Test
    void englishInflectionsFindEachOther() {
        Items items = new Items().add("a", "en", "Notes", "Our mentors met twice.").add("b", "en", "Notes", "Budget lines.");
        assertThat(items.search("mentoring")).containsExactly("a");
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheBody() {
        Items items = new Items().add("body", "en", "Weekly notes", "We talked about onboarding and other things today.")
                .add("title", "en", "Onboarding", "A short checklist for the first weeks of the programme.");
        assertThat(items.search("onboarding")).containsExactly("title", "body");
    }

    @Test
    void aQuotedPhraseFindsTheWordsTogetherOnly() {
        Items items = new Items().add("together", "en", "Tips", "Try pair programming with your mentee.")
                .add("apart", "en", "Tips", "Programming alone, then review as a pair.");
        assertThat(items.search("\"pair programming\"")).containsExactly("together");
        assertThat(items.search("pair programming")).containsExactly("together", "apart");
    }

    @Test
    void aStarFindsWordsThatBeginSo() {
        Items items = new Items().add("a", "en", "Mentorship", "Agreements.").add("b", "en", "Menus", "Food.");
        assertThat(items.search("mentor*")).containsExactly("a");
    }

    @Test
    void notAndMinusLeaveItemsOut() {
        Items items = new Items().add("final", "en", "Budget", "The budget for the year.")
                .add("draft", "en", "Budget draft", "A draft of the budget.");
        assertThat(items.search("budget NOT draft")).containsExactly("final");
        assertThat(items.search("budget -draft")).containsExactly("final");
        assertThat(items.search("budget")).containsExactlyInAnyOrder("final", "draft");
    }

    @Test
    void andAndPlusRequireTheWord() {
        Items items = new Items().add("both", "en", "Budget", "The travel budget.")
                .add("one", "en", "Budget", "The budget.");
        assertThat(items.search("budget AND travel")).containsExactly("both");
        assertThat(items.search("budget +travel")).containsExactly("both");
        assertThat(items.search("(travel OR hotel) AND budget")).containsExactly("both");
    }

    @Test
    void ordinaryTextWithStrayPunctuationIsSearchedForAsWords() throws UnparsableQuery {
        Items items = new Items().add("plan", "en", "The plan", "Our draft plan.");
        UserQueries.Parsed parsed = UserQueries.parse("what is it? (draft)/plan");
        assertThat(parsed.notice()).isNull();
        assertThat(items.find(parsed.query())).containsExactly("plan");
        assertThat(items.search("C++ & Java: tips/tricks [2024] {draft} ~ ^ \\ non-linear f(x) 3.5*")).containsExactly("plan");
    }

    @Test
    void whatCouldNotBeHonouredIsSaidInTheNotice() throws UnparsableQuery {
        assertThat(UserQueries.parse("\"pair programming").notice()).contains("quotation mark");
        assertThat(UserQueries.parse("budget AND").notice()).contains("AND");
        assertThat(UserQueries.parse("m* budget").notice()).contains("two letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "?!", "\"\"", "( )", "AND", "NOT", "*", "-", "+", "-draft", "NOT draft"})
    void onlyANothingToSearchForIsUnparsableAndTheMessageSaysWhatToDo(String typed) {
        assertThatThrownBy(() -> UserQueries.parse(typed))
                .isInstanceOf(UnparsableQuery.class)
                .hasMessageContaining("word")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("Lexical");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "((a)", "a))", "title:foo", "a~2", "b^3", "/regex/", "[a TO b]", "{x}",
            "AND OR NOT", "a AND AND b", "+-a", "--a", "\"a\"\"b\"", "a*b*", "* a", "ü*", "日本語 テキスト", "a\\", "&&||!"})
    void oddInputIsEitherSearchedOrUnparsableButNeverAnotherError(String typed) {
        Items items = new Items().add("a", "en", "A title", "Some text.");
        try {
            items.find(UserQueries.parse(typed).query());
        } catch (UnparsableQuery expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        items.find(UserQueries.fuzzy(typed));
        items.find(UserQueries.titlePrefix(typed));
    }

    @Test
    void aVeryLongQueryIsCutAndStillRuns() throws UnparsableQuery {
        Items items = new Items().add("a", "en", "Aircraft", "Heated high speed aircraft.");
        String text = String.join(" ", java.util.Collections.nCopies(40, "heated high speed aircraft models laws"));
        UserQueries.Parsed parsed = UserQueries.parse(text);
        assertThat(parsed.notice()).contains("first 32 words");
        assertThat(items.find(parsed.query())).containsExactly("a");
    }

    @Test
    void theTypoTolerantQueryFindsAMisspeltWord() {
        Items items = new Items().add("a", "en", "Notes", "Mentoring agreements for new pairs.").add("b", "en", "Other", "Budget.");
        assertThat(items.search("mentorng")).isEmpty();
        assertThat(items.find(UserQueries.fuzzy("mentorng agreemnts"))).containsExactly("a");
    }

    @Test
    void theTypoTolerantQueryRanksTheCloserSpellingFirst() {
        Items items = new Items().add("two", "en", "Notes", "Advice from the mentors.")
                .add("one", "en", "Other", "Advice on mentoring.");
        assertThat(items.find(UserQueries.fuzzy("mentorng"))).containsExactly("one", "two");
    }

    @Test
    void titlePrefixCompletesTheLastWordOfTitles() {
        Items items = new Items().add("guide", "en", "Pair programming guide", "Body.")
                .add("other", "en", "Programming pairs", "Body.")
                .add("fr", "fr", "Formation des tuteurs", "Texte.");
        assertThat(items.find(UserQueries.titlePrefix("pair prog"))).containsExactlyInAnyOrder("guide", "other");
        assertThat(items.find(UserQueries.titlePrefix("programming gu"))).containsExactly("guide");
        assertThat(items.find(UserQueries.titlePrefix("Formation"))).containsExactly("fr");
        assertThat(items.find(UserQueries.titlePrefix(""))).isEmpty();
    }

    @Test
    void theLanguagesOfTheIndexAreTheOnlyOnesSearched() throws Exception {
        Items items = new Items().add("a", "en", "Budget", "Text.");
        Query q = UserQueries.parse("budget").query();
        assertThat(items.searcher().rewrite(q).toString()).doesNotContain("title_fr");
        assertThat(items.find(q)).isEqualTo(List.of("a"));
    }

    @Test
    void aLanguageIsSearchedFromTheFirstReaderThatHasTextInIt() throws Exception {
        Items items = new Items().add("a", "en", "Budget", "Text.");
        Query q = UserQueries.parse("formations").query();
        assertThat(items.find(q)).isEmpty(); // this reader's languages are remembered: English only
        items.add("fr", "fr", "Formation des bénévoles", "Texte.");
        assertThat(items.searcher().rewrite(q).toString()).contains("title_fr");
        assertThat(items.find(q)).containsExactly("fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget", "travel budget", "budget NOT draft", "budget -draft", "budget +travel", "\"travel budget\"",
            "(travel OR hotel) AND budget", "bud*", "the budget for the year", "draft of the budget plan", "formations"})
    void theCandidatesQueryFindsExactlyWhatTheQueryFinds(String typed) throws UnparsableQuery {
        Items items = new Items().add("final", "en", "Budget", "The budget for the year.")
                .add("draft", "en", "Budget draft", "A draft of the budget.")
                .add("travel", "en", "Travel", "The travel budget, and the hotel.")
                .add("plan", "en", "Plans", List.of("budget"), "A plan of the year.", "Nothing else here.", true)
                .add("fr", "fr", "Formation", "La formation des tuteurs et le budget.")
                .add("none", "en", "Other", "Something else entirely.");
        UserQueries.Parsed parsed = UserQueries.parse(typed);
        assertThat(items.find(parsed.candidates())).containsExactlyInAnyOrderElementsOf(items.find(parsed.query()));
    }

    @Test
    void theBestItemsAreRankedByTheRealQueryNotByTheCandidatesOne() throws Exception {
        // per-field BM25 counts "pair" and "programming" in title and body twice over; BM25F once
        Items items = new Items().add("near", "en", "Notes", "We tried pair programming with the mentee this week.")
                .add("far", "en", "Pair", "Programming took most of the week; later the pair met the mentee.")
                .add("none", "en", "Budget", "The budget.");
        UserQueries.Parsed parsed = UserQueries.parse("pair programming");
        org.apache.lucene.search.TopDocs best = Ranking.best(items.searcher(), parsed, Items.VISIBLE, 10, false);
        org.apache.lucene.search.TopDocs direct = items.searcher().search(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(parsed.query(), org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(Items.VISIBLE, org.apache.lucene.search.BooleanClause.Occur.FILTER).build(), 10);
        assertThat(best.scoreDocs).extracting(sd -> sd.doc).containsExactlyElementsOf(
                java.util.Arrays.stream(direct.scoreDocs).map(sd -> sd.doc).toList());
        assertThat(best.scoreDocs).extracting(sd -> sd.score).containsExactlyElementsOf(
                java.util.Arrays.stream(direct.scoreDocs).map(sd -> sd.score).toList());
    }
}
