package org.commonplace.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.TooLarge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies over the limit are refused with 413 before anything reads them. A declared
 * Content-Length is checked up front; a chunked body is cut off when it crosses the limit.
 * Upload addresses have their own, larger limits ({@link UploadLimits}).
 */
@WebFilter(filterName = "BodySizeLimit", asyncSupported = true)
public class BodySizeLimit extends HttpFilter {
    private static final long SWALLOW_AT_MOST = 32L * 1024 * 1024;

    @Inject Settings settings;
    @Inject UploadLimits uploadLimits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = uploadLimits.limitFor(request.getRequestURI()).orElse(settings.bodyLimitBytes());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            swallow(request, declared);
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, limit), response);
    }

    /**
     * Reads and discards a moderately oversized body before answering, so that the client, still
     * sending, gets to read the 413 instead of a reset connection. Huge bodies are not read.
     */
    private static void swallow(HttpServletRequest request, long declared) {
        if (declared > SWALLOW_AT_MOST) return;
        try (var in = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException ignored) {
            // the client went away: nothing to answer
        }
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        TooLarge problem = new TooLarge(limit);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,\"detail\":\""
                    + problem.detail() + "\"}").getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Too large</title></head><body><main><h1>Too large</h1><p>" + problem.detail()
                    + "</p><p>Go back and send something smaller.</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Thrown while reading a chunked body that crosses the limit; mapped to 413. */
    public static final class BodyTooLarge extends IOException {
        public final long limit;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new LimitedStream(super.getInputStream(), limit);
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++count > limit) throw new BodyTooLarge(limit);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && (count += n) > limit) throw new BodyTooLarge(limit);
            return n;
        }

        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
