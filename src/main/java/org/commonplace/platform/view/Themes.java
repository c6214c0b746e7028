package org.commonplace.platform.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where theme files come from. The configured theme is searched first, then "default", so a theme
 * may override single templates or assets. Each is looked up in the themes directory on disk when
 * one is configured (edit without rebuilding), then in the copy packaged in the application.
 */
@ApplicationScoped
public class Themes {
    public static final String DEFAULT = "default";

    @Inject Settings settings;

    /** Theme names in lookup order. */
    public List<String> chain() {
        List<String> chain = new ArrayList<>();
        chain.add(settings.theme());
        if (!DEFAULT.equals(settings.theme())) chain.add(DEFAULT);
        return chain;
    }

    /** Opens a file of the theme chain, e.g. "static/css/site.css"; empty if no theme has it. */
    public Optional<InputStream> open(String relativePath) throws IOException {
        if (relativePath.contains("..") || relativePath.startsWith("/") || relativePath.contains("\\")) {
            return Optional.empty();
        }
        for (String theme : chain()) {
            Optional<Path> dir = settings.themesDir();
            if (dir.isPresent()) {
                Path file = dir.get().resolve(theme).resolve(relativePath).normalize();
                if (file.startsWith(dir.get().normalize()) && Files.isRegularFile(file)) {
                    return Optional.of(Files.newInputStream(file));
                }
            }
            InputStream packaged = Themes.class.getClassLoader().getResourceAsStream("themes/" + theme + "/" + relativePath);
            if (packaged != null) return Optional.of(packaged);
        }
        return Optional.empty();
    }
}
