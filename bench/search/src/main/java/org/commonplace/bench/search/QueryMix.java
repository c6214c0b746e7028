package org.commonplace.bench.search;

import java.util.List;

/**
 * The fixed query mix. Chosen from the sample's vocabulary (document frequencies and word pairs of
 * beer.stackexchange.posts.jsonl, 2,235 posts) before any search was run against the loaded data,
 * and not changed after seeing results.
 *
 * <p>{@code api} is what a person types into the search box ({@code GET /api/v1/search?q=}); the
 * application joins words with OR (UserQueries: any word matches, BM25F ranks). {@code pg}
 * is the same query for PostgreSQL's {@code websearch_to_tsquery('english', …)}: "or" between the
 * words keeps the OR meaning, quotes make a phrase ({@code <->}) in both.
 */
final class QueryMix {
    enum Kind {
        COMMON("common single term"),
        TWO_TERMS("two common terms (OR)"),
        PHRASE("phrase"),
        RARE("rare term"),
        MISSPELLED("misspelled (no exact match)");

        final String label;

        Kind(String label) { this.label = label; }
    }

    record Query(Kind kind, String api, String pg) { }

    static final List<Query> ALL = List.of(
            // terms in 8-65 % of the sample's posts, i.e. in 10^5-10^6 of the loaded items
            new Query(Kind.COMMON, "beer", "beer"),
            new Query(Kind.COMMON, "taste", "taste"),
            new Query(Kind.COMMON, "alcohol", "alcohol"),
            new Query(Kind.COMMON, "bottle", "bottle"),
            new Query(Kind.COMMON, "flavor", "flavor"),
            new Query(Kind.COMMON, "yeast", "yeast"),
            new Query(Kind.COMMON, "brewing", "brewing"),
            new Query(Kind.COMMON, "glass", "glass"),
            new Query(Kind.TWO_TERMS, "beer taste", "beer or taste"),
            new Query(Kind.TWO_TERMS, "alcohol content", "alcohol or content"),
            new Query(Kind.TWO_TERMS, "craft brewery", "craft or brewery"),
            new Query(Kind.TWO_TERMS, "room temperature", "room or temperature"),
            new Query(Kind.TWO_TERMS, "yeast bottle", "yeast or bottle"),
            new Query(Kind.TWO_TERMS, "wine glass", "wine or glass"),
            new Query(Kind.TWO_TERMS, "brewing process", "brewing or process"),
            new Query(Kind.TWO_TERMS, "hops flavor", "hops or flavor"),
            new Query(Kind.PHRASE, "\"pale ale\"", "\"pale ale\""),
            new Query(Kind.PHRASE, "\"craft beer\"", "\"craft beer\""),
            new Query(Kind.PHRASE, "\"room temperature\"", "\"room temperature\""),
            new Query(Kind.PHRASE, "\"carbon dioxide\"", "\"carbon dioxide\""),
            // words in exactly one sample post (the loader repeats texts, so each is in some hundreds of items)
            new Query(Kind.RARE, "mesopotamia", "mesopotamia"),
            new Query(Kind.RARE, "mythbusters", "mythbusters"),
            new Query(Kind.RARE, "bisphenol", "bisphenol"),
            new Query(Kind.RARE, "migraine", "migraine"),
            new Query(Kind.RARE, "stemware", "stemware"),
            new Query(Kind.RARE, "whitefish", "whitefish"),
            // no exact match: the API then runs its fuzzy query and a spelling suggestion; PostgreSQL finds nothing
            new Query(Kind.MISSPELLED, "yeastt", "yeastt"),
            new Query(Kind.MISSPELLED, "carbonnation", "carbonnation"));

    private QueryMix() { }
}
