package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.problem.TooLarge;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The blog's own settings (docs/configuration.md, section "Blog"). */
@ApplicationScoped
public class BlogLimits {
    @Inject @ConfigProperty(name = "commonplace.blog.cover-max-bytes", defaultValue = "5242880")
    long coverMaxBytes;

    /** Width × height of an uploaded cover: larger images are refused before they are decoded. */
    @Inject @ConfigProperty(name = "commonplace.blog.cover-max-pixels", defaultValue = "40000000")
    long coverMaxPixels;

    /** How often each node looks for scheduled posts that are due (the job runs on one node at a time). */
    @Inject @ConfigProperty(name = "commonplace.blog.publish-check-seconds", defaultValue = "30")
    long publishCheckSeconds;

    public long coverMaxBytes() { return coverMaxBytes; }
    public long coverMaxPixels() { return coverMaxPixels; }
    public long publishCheckSeconds() { return Math.max(1, publishCheckSeconds); }

    /** The cover limit as people read it, e.g. "5 MiB". */
    public String coverLimitText() { return TooLarge.humanBytes(coverMaxBytes); }
}
