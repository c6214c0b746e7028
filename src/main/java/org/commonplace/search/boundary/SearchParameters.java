package org.commonplace.search.boundary;

import jakarta.ws.rs.core.MultivaluedMap;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.Malformed;
import org.commonplace.search.control.IndexFields;
import org.commonplace.search.control.Search;
import org.commonplace.search.entity.SearchItemType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads ?q, the facet filters (type, tag, cohort, language, year), sort, page and size of the
 * search page and API. A parameter the search does not know is a 400 naming the ones it does,
 * rather than being silently ignored (a typo in a filter would otherwise widen the search).
 */
final class SearchParameters {
    static final Set<String> KNOWN = Set.of("q", "type", "tag", "cohort", "language", "year", "sort", "page", "size");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private SearchParameters() { }

    static Search.Request from(MultivaluedMap<String, String> params) {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new Malformed("Unknown search parameter '" + name + "'. The search takes q, type, tag, cohort, "
                        + "language, year, sort, page and size.");
            }
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filter(params, "type", IndexFields.FACET_TYPE, filters, v -> {
            if (SearchItemType.fromApiName(v).isEmpty()) {
                throw new Malformed("Unknown type '" + v + "'. Types are resource, thread, post and blog-post.");
            }
        });
        filter(params, "tag", IndexFields.FACET_TAG, filters, v -> { });
        filter(params, "cohort", IndexFields.FACET_COHORT, filters, v -> {
            if (!NUMBER.matcher(v).matches()) throw new Malformed("cohort is a cohort's number, e.g. cohort=3.");
        });
        filter(params, "language", IndexFields.FACET_LANGUAGE, filters, v -> {
            if (!LANGUAGE.matcher(v).matches()) throw new Malformed("language is a two-letter code, e.g. language=fr.");
        });
        filter(params, "year", IndexFields.FACET_YEAR, filters, v -> {
            if (!YEAR.matcher(v).matches()) throw new Malformed("year is a four-digit year, e.g. year=2026.");
        });
        String sort = params.getFirst("sort");
        Search.Order order;
        if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")) {
            order = Search.Order.RELEVANCE;
        } else if (sort.equalsIgnoreCase("date")) {
            order = Search.Order.DATE;
        } else {
            throw new Malformed("sort is relevance or date.");
        }
        int page = number(params.getFirst("page"), 1, "page");
        if (page < 1) throw Invalid.field("page", "Pages start at 1.");
        if (page > org.commonplace.platform.web.Paging.MAX_PAGE) {
            throw Invalid.field("page", "Pages go up to " + org.commonplace.platform.web.Paging.MAX_PAGE + ".");
        }
        int size = number(params.getFirst("size"), Search.DEFAULT_SIZE, "size");
        if (size < 1) throw Invalid.field("size", "Ask for at least one result per page.");
        return new Search.Request(params.getFirst("q"), filters, order, page, Math.min(size, Search.SIZE_MAX));
    }

    private interface Check {
        void value(String v);
    }

    private static void filter(MultivaluedMap<String, String> params, String name, String dim,
                               Map<String, List<String>> filters, Check check) {
        List<String> values = params.get(name);
        if (values == null) return;
        List<String> chosen = values.stream().map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> name.equals("tag") || name.equals("type") || name.equals("language") ? v.toLowerCase(Locale.ROOT) : v)
                .distinct().toList();
        chosen.forEach(check::value);
        if (!chosen.isEmpty()) filters.put(dim, chosen);
    }

    private static int number(String text, int fallback, String name) {
        if (text == null || text.isBlank()) return fallback;
        if (!NUMBER.matcher(text.strip()).matches()) throw new Malformed(name + " is a whole number, e.g. " + name + "=2.");
        return Integer.parseInt(text.strip());
    }
}
