package org.commonplace.workspace.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.commonplace.workspace.control.WorkspaceExport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Streams an export as a ZIP: the texts, then each attachment's bytes from disk. */
final class ExportResponses {
    private ExportResponses() { }

    static Response zip(WorkspaceExport.Contents contents) {
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (var text : contents.texts().entrySet()) {
                    zip.putNextEntry(new ZipEntry(contents.folder() + "/" + text.getKey()));
                    zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                for (var file : contents.attachments().entrySet()) {
                    if (!Files.exists(file.getValue())) continue;
                    zip.putNextEntry(new ZipEntry(contents.folder() + "/" + file.getKey()));
                    Files.copy(file.getValue(), zip);
                    zip.closeEntry();
                }
            }
        };
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + contents.folder() + ".zip\"")
                .cacheControl(cache).build();
    }
}
