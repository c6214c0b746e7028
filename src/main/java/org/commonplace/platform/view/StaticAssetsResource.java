package org.commonplace.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.commonplace.platform.problem.NotVisible;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** CSS, scripts and images of the theme, under /static. */
@Path("static")
@RequestScoped
public class StaticAssetsResource {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "txt", "text/plain;charset=UTF-8");

    @Inject Themes themes;

    @GET
    @Path("{path: .+}")
    public Response asset(@PathParam("path") String path) throws IOException {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) throw new NotVisible("file");
        InputStream in = themes.open("static/" + path).orElseThrow(() -> new NotVisible("file"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(in, type).cacheControl(cache).build();
    }
}
