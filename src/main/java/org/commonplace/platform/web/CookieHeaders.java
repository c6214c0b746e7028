package org.commonplace.platform.web;

/**
 * Set-Cookie values written by hand because the Servlet 6 Cookie API only gained SameSite through
 * generic attributes that not every container honours: HttpOnly always, SameSite=Lax always,
 * Secure when the site is served over HTTPS.
 */
public final class CookieHeaders {
    private CookieHeaders() { }

    /** @param maxAgeSeconds -1 for a cookie that ends with the browser session, 0 to delete */
    public static String of(String name, String value, long maxAgeSeconds, boolean secure) {
        StringBuilder header = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAgeSeconds >= 0) header.append("; Max-Age=").append(maxAgeSeconds);
        if (secure) header.append("; Secure");
        return header.toString();
    }
}
