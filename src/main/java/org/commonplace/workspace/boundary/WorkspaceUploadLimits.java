package org.commonplace.workspace.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.library.control.LibraryLimits;
import org.commonplace.platform.web.UploadLimit;
import org.commonplace.workspace.control.Messages;

import java.util.Optional;
import java.util.regex.Pattern;

/** Posting a message takes up to five attachments of the library's file limit, plus room for the form around them. */
@ApplicationScoped
public class WorkspaceUploadLimits implements UploadLimit {
    private static final Pattern MESSAGES = Pattern.compile("^/(workspaces/\\d+/messages|api/v1/workspaces/\\d+/messages/with-files)$");
    private static final long FORM_AROUND_THE_FILES = 128 * 1024;

    @Inject LibraryLimits limits;

    @Override
    public Optional<Long> limitFor(String path) {
        if (MESSAGES.matcher(path).matches()) return Optional.of(limits.fileMaxBytes() * Messages.ATTACHMENTS_MAX + FORM_AROUND_THE_FILES);
        return Optional.empty();
    }
}
