package org.commonplace.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** robots.txt: public pages may be indexed; members' areas and the API may not. */
@Path("robots.txt")
@RequestScoped
public class RobotsResource {
    @jakarta.inject.Inject org.commonplace.platform.config.Settings settings;

    @GET
    @Produces("text/plain;charset=UTF-8")
    @Operation(hidden = true)
    public String robots() {
        return String.join("\n",
                "User-agent: *",
                "Disallow: /api/",
                "Disallow: /admin/",
                "Disallow: /library/new",
                "Disallow: /blog/new",
                "Disallow: /blog/mine",
                "Disallow: /blog/posts/",
                "Disallow: /blog/consent/",
                "Disallow: /blog/comments/",
                "Disallow: /cohorts",
                "Disallow: /boards/",
                "Disallow: /threads/",
                "Disallow: /profile",
                "Disallow: /login",
                "Disallow: /invitation/",
                "Disallow: /password-reset",
                "Sitemap: " + settings.absolute("/sitemap.xml"),
                "");
    }
}
