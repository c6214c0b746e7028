package org.commonplace.library.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.commonplace.library.control.FileTypes;
import org.commonplace.library.control.ResourceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * How a library file is sent: always as an attachment (also PDF: see
 * docs/decisions/0015-resource-files.md), with the type detected at upload, nosniff, and a
 * sandboxing Content-Security-Policy in case a browser shows it anyway.
 */
public final class FileResponses {
    private FileResponses() { }

    public static Response download(ResourceFiles.Download file) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true); // a cohort resource's file must not sit in a shared cache
        cache.setMaxAge(0);
        try {
            return Response.ok(Files.newInputStream(file.file()), FileTypes.servedAs(file.mediaType()))
                    .header("Content-Disposition", disposition(file.name()))
                    .header("Content-Length", file.size())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox; default-src 'none'")
                    .header("ETag", "\"" + file.sha256() + "\"")
                    .cacheControl(cache)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response text(String text) {
        return Response.ok(text, "text/plain;charset=UTF-8").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'").build();
    }

    /** RFC 6266: an ASCII fallback for old clients, and the real name in UTF-8. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
