package org.commonplace.bench.search;

import org.commonplace.bench.forum.DataLoader;
import org.commonplace.bench.forum.Options;

import java.util.Arrays;

/**
 * Entry point: {@code load-forum} (bench/forum's loader), {@code load-resources}, {@code pg-fts}
 * (the PostgreSQL full-text baseline) and {@code drive} (the search latency driver).
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar search-bench.jar load-forum|load-resources|pg-fts|drive --option value ...");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "load-forum" -> new DataLoader(options).run();
            case "load-resources" -> new ResourceLoader(options).run();
            case "pg-fts" -> new PgFts(options).run();
            case "drive" -> new SearchDriver(options).run();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
