package org.commonplace.platform.problem;

public class TooLarge extends ProblemException {
    public TooLarge(long limitBytes) {
        super(413, "Too large", "The request is larger than the limit of " + humanBytes(limitBytes) + ".");
    }

    public static String humanBytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) return (bytes / (1024 * 1024)) + " MiB";
        if (bytes % 1024 == 0) return (bytes / 1024) + " KiB";
        return bytes + " bytes";
    }
}
