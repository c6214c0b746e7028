package org.commonplace.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while counting is switched on,
 * so that tests can prove that a page costs the same number of queries however much it shows
 * (no N+1). Off, it costs one thread-local read per statement.
 */
public class SqlStatementCounter extends SessionEventAdapter {
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    public static void start() { COUNT.set(new int[1]); }

    /** The number counted since {@link #start()}, and counting stops. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) count[0]++;
    }
}
