package org.commonplace.platform.web;

import java.util.Optional;

/**
 * A feature's addresses that accept files, with their body limit. Features provide one as a CDI
 * bean; {@link UploadLimits} asks each, so platform needs no knowledge of the features.
 */
public interface UploadLimit {
    /** The body limit for this path, if the path is one of this feature's upload addresses. */
    Optional<Long> limitFor(String path);
}
