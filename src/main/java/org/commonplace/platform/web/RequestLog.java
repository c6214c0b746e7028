package org.commonplace.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * One log line per request: method, path (never the query string, which may hold tokens), status,
 * duration and request id. The id is also sent back in X-Request-Id.
 */
@WebFilter(filterName = "RequestLog", asyncSupported = true)
public class RequestLog extends HttpFilter {
    private static final Logger LOG = Logger.getLogger("commonplace.requests");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String id = newId();
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - start) / 1_000;
            LOG.info(() -> String.format("%s %s %d %d.%03dms id=%s", request.getMethod(), request.getRequestURI(),
                    response.getStatus(), micros / 1000, micros % 1000, id));
        }
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
