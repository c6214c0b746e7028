package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.Viewer;
import org.commonplace.library.control.FileNames;
import org.commonplace.library.control.FileStore;
import org.commonplace.library.control.FileTypes;
import org.commonplace.library.control.LibraryLimits;
import org.commonplace.platform.problem.Invalid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Posting a message with attachments, with the library's rules for files (size limit, types
 * checked from the content). Like a library upload, deliberately not one transaction: the files
 * are received and checked first, so a refused file (413, 415, 422) stores nothing at all, not
 * even the message; then the message and its file rows are written in one short transaction.
 */
@ApplicationScoped
public class MessagePosting {
    /** A file part as it arrives: the name the sender gave it and its content. */
    public record Upload(String name, InputStream content) { }

    @Inject Messages messages;
    @Inject AttachmentStore store;
    @Inject FileTypes types;
    @Inject LibraryLimits limits;

    public MessageViews.Item post(Viewer viewer, long workspaceId, String body, List<Upload> uploads) {
        messages.requireWritable(viewer, workspaceId);
        Messages.checkedBody(body);
        if (uploads.size() > Messages.ATTACHMENTS_MAX) {
            throw Invalid.field("file", "Attach at most " + Messages.ATTACHMENTS_MAX + " files to one message.");
        }
        List<Messages.KeptFile> kept = new ArrayList<>();
        try {
            for (Upload upload : uploads) kept.add(keep(workspaceId, upload));
            return messages.post(viewer, workspaceId, body, kept);
        } catch (RuntimeException e) {
            kept.forEach(k -> store.delete(k.storedName()));
            throw e;
        }
    }

    private Messages.KeptFile keep(long workspaceId, Upload upload) {
        FileStore.Received received;
        try (InputStream in = upload.content()) {
            received = store.receive(in, limits.fileMaxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (received.size() == 0) throw Invalid.field("file", "This file is empty: choose another one.");
            String mediaType = types.detect(received.temp(), upload.name());
            String storedName = store.keep(received, workspaceId);
            return new Messages.KeptFile(FileNames.safe(upload.name(), mediaType), mediaType, received, storedName);
        } finally {
            store.discard(received.temp());
        }
    }
}
