package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library's own settings (docs/configuration.md): how large a file may be, and how much of
 * its text is kept for search.
 */
@ApplicationScoped
public class LibraryLimits {
    /** The column resource_file.extracted_text holds at most this many characters. */
    public static final int TEXT_COLUMN_CHARS = 1_000_000;

    @Inject @ConfigProperty(name = "commonplace.library.file-max-bytes", defaultValue = "26214400")
    long fileMaxBytes;

    @Inject @ConfigProperty(name = "commonplace.library.text-max-chars", defaultValue = "1000000")
    int textMaxChars;

    public long fileMaxBytes() { return fileMaxBytes; }

    /** The file limit as people read it, e.g. "25 MiB". */
    public String fileLimitText() { return org.commonplace.platform.problem.TooLarge.humanBytes(fileMaxBytes); }

    /** Never more than the column holds. */
    public int textMaxChars() { return Math.max(0, Math.min(textMaxChars, TEXT_COLUMN_CHARS)); }
}
