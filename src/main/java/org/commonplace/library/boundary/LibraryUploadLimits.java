package org.commonplace.library.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.library.control.LibraryLimits;
import org.commonplace.platform.web.UploadLimit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses that take library files get the file limit (plus room for the form around the
 * file) instead of the general body limit (platform's UploadLimits asks every UploadLimit bean).
 */
@ApplicationScoped
public class LibraryUploadLimits implements UploadLimit {
    private static final Pattern FILE_UPLOADS = Pattern.compile("^/(library/\\d+/files|api/v1/resources/\\d+/files)$");
    private static final long FORM_AROUND_THE_FILE = 64 * 1024;

    @Inject LibraryLimits limits;

    @Override
    public Optional<Long> limitFor(String path) {
        if (FILE_UPLOADS.matcher(path).matches()) return Optional.of(limits.fileMaxBytes() + FORM_AROUND_THE_FILE);
        return Optional.empty();
    }
}
