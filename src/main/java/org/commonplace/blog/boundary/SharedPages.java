package org.commonplace.blog.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The rendered public blog pages and feeds, by ETag. An anonymous reader's page is the same for
 * every anonymous reader, and its ETag is made from everything it shows (PublicCaching), so an entry
 * can never be stale: a change makes a new ETag, and the old entry is simply no longer asked for.
 * Each node keeps its own (derived data, like the rendered Markdown; ADR 0018), at most 32 MiB.
 * Only answers that carry an ETag are kept: members' pages and errors have none.
 */
@Provider
@SharedPage
@ApplicationScoped
public class SharedPages implements WriterInterceptor {
    /** A kept answer: its bytes and their Content-Type. */
    public record Page(byte[] body, String contentType) { }

    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String etag, Page page) -> etag.length() + page.body().length)
            .build();

    Optional<Page> get(PublicCaching.Validators validators) {
        return Optional.ofNullable(pages.getIfPresent(validators.etag()));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object etag = context.getHeaders().getFirst(HttpHeaders.ETAG);
        if (!(etag instanceof String tag) || context.getEntity() instanceof byte[]) {
            context.proceed(); // not a shared answer, or one served from here
            return;
        }
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);
        context.setOutputStream(new OutputStream() {
            @Override public void write(int b) throws IOException { out.write(b); copy.write(b); }
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); copy.write(b, off, len); }
            @Override public void flush() throws IOException { out.flush(); }
        });
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        Object type = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        pages.put(unquoted(tag), new Page(copy.toByteArray(), type == null ? context.getMediaType().toString() : type.toString()));
    }

    /** W/"abc" → abc, the key PublicCaching's validators use. */
    private static String unquoted(String etag) {
        String t = etag.startsWith("W/") ? etag.substring(2) : etag;
        return t.replace("\"", "");
    }
}
