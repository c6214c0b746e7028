package org.commonplace.blog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.blog.control.BlogLimits;
import org.commonplace.platform.web.UploadLimit;

import java.util.Optional;
import java.util.regex.Pattern;

/** The cover upload addresses take the cover limit (plus the form around the file) instead of the general body limit. */
@ApplicationScoped
public class BlogUploadLimits implements UploadLimit {
    private static final Pattern COVER_UPLOADS = Pattern.compile("^/(blog/posts/\\d+/cover|api/v1/blog/posts/\\d+/cover)$");
    private static final long FORM_AROUND_THE_FILE = 64 * 1024;

    @Inject BlogLimits limits;

    @Override
    public Optional<Long> limitFor(String path) {
        if (COVER_UPLOADS.matcher(path).matches()) return Optional.of(limits.coverMaxBytes() + FORM_AROUND_THE_FILE);
        return Optional.empty();
    }
}
