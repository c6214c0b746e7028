package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.Viewer;
import org.commonplace.platform.problem.Invalid;

import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adding a file to a resource. Deliberately not one transaction: the bytes are received, checked
 * and kept on disk first; then the row is written (with its outbox entry) in a short transaction;
 * then the text is extracted, outside any transaction since parsing a large file takes a while, and
 * stored in a second one. So a failed extraction never loses the upload, and no database
 * connection waits for a parser.
 */
@ApplicationScoped
public class FileUploads {
    private static final Logger LOG = Logger.getLogger(FileUploads.class.getName());

    @Inject ResourceFiles files;
    @Inject FileStore store;
    @Inject FileTypes types;
    @Inject TextExtraction extraction;
    @Inject LibraryLimits limits;

    public ResourceFiles.FileSummary add(Viewer viewer, long resourceId, String givenName, InputStream content) {
        files.requireMayChange(viewer, resourceId);
        if (content == null) throw Invalid.field("file", "Choose a file to upload.");
        FileStore.Received received = store.receive(content, limits.fileMaxBytes());
        String storedName;
        String mediaType;
        try {
            if (received.size() == 0) throw Invalid.field("file", "This file is empty: choose another one.");
            mediaType = types.detect(received.temp(), givenName);
            storedName = store.keep(received, resourceId);
        } finally {
            store.discard(received.temp());
        }
        ResourceFiles.FileSummary added;
        try {
            added = files.attach(viewer, resourceId, FileNames.safe(givenName, mediaType), mediaType, received, storedName);
        } catch (RuntimeException e) {
            store.delete(storedName);
            throw e;
        }
        try {
            files.textFound(added.id(), extraction.extract(store.pathOf(storedName), mediaType));
        } catch (RuntimeException e) {
            // the file is kept and listed; its text stays PENDING
            LOG.log(Level.WARNING, "The extracted text of file " + added.id() + " could not be stored", e);
        }
        return files.visibleOf(viewer, resourceId).stream().filter(f -> f.id() == added.id()).findFirst().orElse(added);
    }
}
