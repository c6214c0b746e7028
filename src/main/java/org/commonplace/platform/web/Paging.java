package org.commonplace.platform.web;

import jakarta.ws.rs.QueryParam;
import org.commonplace.platform.problem.Invalid;

/** ?page=1&size=20 on every list: page from 1, size capped at {@value #MAX_SIZE}. */
public class Paging {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any real list, and small enough that page × size never overflows. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    public int page() {
        int value = parse(page, 1, "page");
        if (value < 1) throw Invalid.field("page", "Pages are numbered from 1.");
        if (value > MAX_PAGE) throw Invalid.field("page", "Pages go up to " + MAX_PAGE + ".");
        return value;
    }

    public int size() {
        int value = parse(size, DEFAULT_SIZE, "size");
        if (value < 1) throw Invalid.field("size", "The page size is at least 1.");
        return Math.min(value, MAX_SIZE);
    }

    private static int parse(String text, int fallback, String field) {
        if (text == null || text.isBlank()) return fallback;
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Invalid.field(field, "Give a whole number.");
        }
    }
}
