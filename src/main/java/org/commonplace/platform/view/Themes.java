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
        return chain(settings.theme());
    }

    public Optional<InputStream> open(String relativePath) throws IOException {
        return open(chain(), settings.themesDir(), relativePath, Themes.class.getClassLoader());
    }

    static List<String> chain(String configured) {
        List<String> chain = new ArrayList<>();
        chain.add(configured);
        if (!DEFAULT.equals(configured)) chain.add(DEFAULT);
        return chain;
    }

    /** The first theme in the chain that has the file, on disk before packaged; never outside a theme. */
    static Optional<InputStream> open(List<String> chain, Optional<Path> themesDir, String relativePath,
                                      ClassLoader packaged) throws IOException {
        if (relativePath.contains("..") || relativePath.startsWith("/") || relativePath.contains("\\")) {
            return Optional.empty();
        }
        for (String theme : chain) {
            if (themesDir.isPresent()) {
                Path root = themesDir.get().toAbsolutePath().normalize();
                Path file = root.resolve(theme).resolve(relativePath).normalize();
                if (file.startsWith(root) && Files.isRegularFile(file)) return Optional.of(Files.newInputStream(file));
            }
            InputStream inside = packaged.getResourceAsStream("themes/" + theme + "/" + relativePath);
            if (inside != null) return Optional.of(inside);
        }
        return Optional.empty();
    }
}
