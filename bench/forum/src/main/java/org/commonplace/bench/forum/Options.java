package org.commonplace.bench.forum;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs (bench/search uses this too). */
public final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) { this.values = values; }

    public static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("expected --name value at " + args[i]);
            values.put(args[i].substring(2), args[++i]);
        }
        return new Options(values);
    }

    public String get(String name, String fallback) { return values.getOrDefault(name, fallback); }

    public String require(String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalArgumentException("missing --" + name);
        return v;
    }

    public int integer(String name, int fallback) { return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback; }

    public long number(String name, long fallback) { return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback; }
}
