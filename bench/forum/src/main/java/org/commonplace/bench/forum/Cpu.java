package org.commonplace.bench.forum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time from /proc: the machine, the Payara JVM, every postgres process, and this driver. */
public final class Cpu {
    public record Snapshot(long total, long idle, long payara, long payaraJit, long payaraGc, long postgres, long driver) { }

    public record Usage(double machineBusyPercent, double payaraCores, double payaraJitCores, double payaraGcCores,
                 double postgresCores, double driverCores, double otherCores) { }

    public static final int CORES = Runtime.getRuntime().availableProcessors();

    public static Snapshot snapshot(Long payaraPid) {
        long total = 0, idle = 0;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < cpu.length && i <= 8; i++) total += Long.parseLong(cpu[i]);
            idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        } catch (IOException | RuntimeException ignored) { }
        long postgres = 0;
        try (var dirs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : dirs) {
                String stat = read(p.resolve("stat"));
                if (stat != null && stat.contains("(postgres)")) postgres += ticks(stat);
            }
        } catch (IOException ignored) { }
        long payara = payaraPid == null ? 0 : ticks(read(Path.of("/proc/" + payaraPid + "/stat")));
        long jit = 0, gc = 0;
        if (payaraPid != null) {
            // the JVM's own threads, by name: C1/C2 compiler threads, and the G1 collector's threads
            try (var tasks = Files.newDirectoryStream(Path.of("/proc/" + payaraPid + "/task"))) {
                for (Path t : tasks) {
                    String stat = read(t.resolve("stat"));
                    if (stat == null) continue;
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) jit += ticks(stat);
                    else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) gc += ticks(stat);
                }
            } catch (IOException ignored) { }
        }
        long driver = ticks(read(Path.of("/proc/self/stat")));
        return new Snapshot(total, idle, payara, jit, gc, postgres, driver);
    }

    public static Usage usage(Snapshot a, Snapshot b, double seconds) {
        double hz = 100.0;                      // USER_HZ
        long total = b.total() - a.total();
        double busy = total == 0 ? 0 : 100.0 * (total - (b.idle() - a.idle())) / total;
        double payara = (b.payara() - a.payara()) / hz / seconds;
        double postgres = (b.postgres() - a.postgres()) / hz / seconds;
        double driver = (b.driver() - a.driver()) / hz / seconds;
        double other = Math.max(0, busy / 100 * CORES - payara - postgres - driver);
        return new Usage(busy, payara, (b.payaraJit() - a.payaraJit()) / hz / seconds, (b.payaraGc() - a.payaraGc()) / hz / seconds,
                postgres, driver, other);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException ex) {
            return null;
        }
    }

    private static long ticks(String stat) {
        if (stat == null) return 0;
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
