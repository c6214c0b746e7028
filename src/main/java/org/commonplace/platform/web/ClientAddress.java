package org.commonplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.commonplace.platform.config.Settings;

/**
 * The address a request came from, for throttling. Behind a trusted reverse proxy that is the
 * last entry of X-Forwarded-For (the one the proxy itself added; earlier entries can be forged by
 * the client); otherwise the socket's peer.
 */
@ApplicationScoped
public class ClientAddress {
    @Inject Settings settings;

    public String of(HttpServletRequest request) {
        if (settings.trustForwardedFor()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64) return last;
            }
        }
        return request.getRemoteAddr();
    }
}
