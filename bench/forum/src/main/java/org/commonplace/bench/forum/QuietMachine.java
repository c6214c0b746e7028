package org.commonplace.bench.forum;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Waits for the shared 2-core machine to be quiet before a measured window: no test suite, no
 * Maven build, under 15 % busy over 5 s. Used by the forum and the search load drivers.
 */
public final class QuietMachine {
    /** A test suite of this project: its forked JVMs and the Payara Micro it deploys. */
    public static final String HEAVY = "surefire|failsafe|arquillian|payara-micro.*ROOT.war";
    /** Maven itself (compiling, packaging) does not match HEAVY but takes a core. */
    public static final String MAVEN = "plexus-classworlds";

    private QuietMachine() { }

    /**
     * Waits at most {@code maxMinutes}, checking every {@code pauseMillis}. True if it had to wait
     * and the machine became quiet (the caller warms up again); false if it was quiet at once or
     * the wait gave up (then the caller measures anyway and marks the window).
     */
    public static boolean await(Long payaraPid, int maxMinutes, long pauseMillis, Consumer<String> log) throws InterruptedException {
        long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(maxMinutes);
        String said = null;
        while (true) {
            String reason = running(HEAVY) ? "a test suite runs (" + HEAVY + ")" : running(MAVEN) ? "a Maven build runs" : null;
            if (reason == null) {
                Cpu.Snapshot a = Cpu.snapshot(payaraPid);
                Thread.sleep(5000);
                Cpu.Usage idle = Cpu.usage(a, Cpu.snapshot(payaraPid), 5);
                if (idle.machineBusyPercent() > 15) reason = String.format(Locale.ROOT, "the machine is %.0f %% busy", idle.machineBusyPercent());
            }
            if (reason == null) break;
            if (!reason.equals(said)) {
                log.accept("waiting: " + reason);
                said = reason;
            }
            if (System.nanoTime() > limit) {
                log.accept("gave up waiting after " + maxMinutes + " minutes; measuring anyway");
                return false;
            }
            Thread.sleep(pauseMillis);
        }
        if (said != null) log.accept("quiet again");
        return said != null;
    }

    /** True if a process whose command line matches the pattern runs (pgrep -f). */
    public static boolean running(String pattern) {
        try {
            Process p = new ProcessBuilder("pgrep", "-f", pattern).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException ex) {
            return false;
        }
    }
}
