package org.commonplace.bench.blog;

import org.commonplace.bench.forum.Options;

import java.util.Arrays;

/** Entry point: {@code load ...} publishes posts through the API, {@code drive ...} runs the HTTP load. */
public final class Main {
    private Main() { }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar blog-bench.jar load|drive --option value ...");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "load" -> new BlogLoader(options).run();
            case "drive" -> new BlogDriver(options).run();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
