package org.commonplace.platform.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A theme overrides single files and inherits the rest from the default theme. */
class ThemesTest {
    @TempDir
    Path themes;

    final ClassLoader packaged = ThemesTest.class.getClassLoader();

    @Test
    void the_configured_theme_comes_first_then_default() {
        assertThat(Themes.chain("high-contrast")).containsExactly("high-contrast", "default");
        assertThat(Themes.chain("default")).containsExactly("default");
    }

    @Test
    void the_packaged_high_contrast_theme_overrides_theme_css_and_inherits_site_css() throws IOException {
        List<String> chain = Themes.chain("high-contrast");
        assertThat(read(Themes.open(chain, Optional.empty(), "static/css/theme.css", packaged))).contains("high-contrast");
        assertThat(read(Themes.open(chain, Optional.empty(), "static/css/site.css", packaged))).contains("--accent");
        assertThat(read(Themes.open(chain, Optional.empty(), "templates/layout.peb", packaged))).contains("<html lang");
    }

    @Test
    void a_theme_on_disk_overrides_a_single_template() throws IOException {
        Files.createDirectories(themes.resolve("ours/templates"));
        Files.writeString(themes.resolve("ours/templates/home.peb"), "our home");
        List<String> chain = Themes.chain("ours");
        assertThat(read(Themes.open(chain, Optional.of(themes), "templates/home.peb", packaged))).isEqualTo("our home");
        assertThat(read(Themes.open(chain, Optional.of(themes), "templates/login.peb", packaged))).contains("signin.title");
    }

    @Test
    void paths_cannot_leave_the_themes() throws IOException {
        Files.writeString(themes.resolve("secret.txt"), "secret");
        List<String> chain = Themes.chain("default");
        assertThat(Themes.open(chain, Optional.of(themes), "../secret.txt", packaged)).isEmpty();
        assertThat(Themes.open(chain, Optional.of(themes), "/etc/passwd", packaged)).isEmpty();
        assertThat(Themes.open(chain, Optional.of(themes), "static/nothing.css", packaged)).isEmpty();
    }

    private static String read(Optional<InputStream> in) throws IOException {
        assertThat(in).isPresent();
        try (InputStream stream = in.get()) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
