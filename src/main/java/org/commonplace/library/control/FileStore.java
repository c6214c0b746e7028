package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bytes of library files, in {@code <commonplace.data.dir>/library/}. An upload is streamed to
 * a temporary file there (counting and hashing as it goes), then moved into place atomically under
 * a random name; the name the person gave it lives only in the database.
 */
@ApplicationScoped
public class FileStore {
    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    /** An upload on disk, not yet kept. */
    public record Received(Path temp, long size, String sha256) { }

    /** A kept file whose row was removed: its bytes go once the removal has committed. */
    public record Removed(String storedName) { }

    @Inject Settings settings;

    protected Path dir() {
        return settings.dataDir().resolve("library");
    }

    /** Copies the upload to a temporary file; over {@code maxBytes} it is deleted and 413 answered. */
    public Received receive(InputStream content, long maxBytes) {
        Path temp = null;
        try {
            Files.createDirectories(dir());
            temp = Files.createTempFile(dir(), "upload", ".tmp");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) throw new FileTooLarge(maxBytes);
                    out.write(buffer, 0, n);
                }
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            discard(temp);
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Moves the upload into place; answers the name it is kept under. */
    public String keep(Received received, long resourceId) {
        String storedName = resourceId + "-" + UUID.randomUUID();
        try {
            Files.move(received.temp(), dir().resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storedName;
    }

    public Path pathOf(String storedName) {
        return dir().resolve(storedName);
    }

    /** Deletes a temporary file if it is still there. */
    public void discard(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary upload " + temp, e);
        }
    }

    public void delete(String storedName) {
        discard(pathOf(storedName));
    }

    /** Only after the commit: a rolled-back removal keeps both the row and the bytes. */
    void afterRemoval(@Observes(during = TransactionPhase.AFTER_SUCCESS) Removed removed) {
        delete(removed.storedName());
    }
}
