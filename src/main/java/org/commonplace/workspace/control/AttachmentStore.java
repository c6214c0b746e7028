package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.commonplace.library.control.FileStore;
import org.commonplace.platform.config.Settings;

import java.nio.file.Path;

/**
 * The bytes of workspace attachments: the library's file store (streamed, counted, hashed, moved
 * into place atomically), but in {@code <data dir>/workspace/}, apart from library files.
 * {@code @Typed} keeps it from standing in for the library's FileStore.
 */
@ApplicationScoped
@Typed(AttachmentStore.class)
public class AttachmentStore extends FileStore {
    @Inject Settings workspaceSettings;

    @Override
    protected Path dir() {
        return workspaceSettings.dataDir().resolve("workspace");
    }
}
