package org.commonplace.library.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Specializes;
import jakarta.inject.Inject;
import org.commonplace.library.control.LibraryLimits;
import org.commonplace.platform.web.UploadLimits;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses that take library files get the file limit (plus room for the form around the
 * file) instead of the general body limit. Platform's {@link UploadLimits} knows fixed paths only
 * and platform must not know the library, so the library adds its paths by specialising it:
 * {@code BodySizeLimit} gets this bean wherever it asks for {@code UploadLimits}.
 */
@Specializes
@ApplicationScoped
public class LibraryUploadLimits extends UploadLimits {
    private static final Pattern FILE_UPLOADS = Pattern.compile("^/(library/\\d+/files|api/v1/resources/\\d+/files)$");
    private static final long FORM_AROUND_THE_FILE = 64 * 1024;

    @Inject LibraryLimits limits;

    @Override
    public Optional<Long> limitFor(String path) {
        if (FILE_UPLOADS.matcher(path).matches()) return Optional.of(limits.fileMaxBytes() + FORM_AROUND_THE_FILE);
        return super.limitFor(path);
    }
}
