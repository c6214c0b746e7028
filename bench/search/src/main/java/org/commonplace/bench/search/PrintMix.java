package org.commonplace.bench.search;

/** Prints the query mix as a Markdown table (for the report). */
public final class PrintMix {
    private PrintMix() { }

    public static void main(String[] args) {
        System.out.println("| # | class | API `q` | PostgreSQL `websearch_to_tsquery('english', …)` |");
        System.out.println("|---:|---|---|---|");
        int i = 1;
        for (QueryMix.Query q : QueryMix.ALL) {
            System.out.printf("| %d | %s | `%s` | `%s` |%n", i++, q.kind().label, q.api(), q.pg());
        }
    }
}
