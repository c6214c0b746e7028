package org.commonplace.bench.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * CPU ticks of a server and its child processes (nginx: the master and its workers; Payara Micro:
 * one JVM), from /proc. bench/forum's Cpu counts the machine, PostgreSQL and this driver.
 */
final class ServerCpu {
    private ServerCpu() { }

    static long ticks(long pid) {
        Set<Long> tree = new HashSet<>();
        tree.add(pid);
        long total = 0;
        try (var dirs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : dirs) {
                String stat = read(p.resolve("stat"));
                if (stat == null) continue;
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                long self = Long.parseLong(p.getFileName().toString());
                long parent = Long.parseLong(f[1]);
                if (self == pid || parent == pid) total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
        } catch (IOException ignored) { }
        return total;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return null;
        }
    }
}
