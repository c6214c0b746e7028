package org.commonplace.platform.view;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble engine, built once. Pebble escapes every expression for HTML unless a template says
 * {@code |raw}, which we keep for HTML that the markdown component has already sanitised
 * (docs/decisions/0001-pebble-templates.md).
 */
@ApplicationScoped
public class Templates {
    @Inject Settings settings;
    @Inject Themes themes;
    @Inject Messages messages;

    private PebbleEngine engine;

    @PostConstruct
    void build() {
        List<Loader<?>> loaders = new ArrayList<>();
        for (String theme : themes.chain()) {
            settings.themesDir().ifPresent(dir -> {
                FileLoader onDisk = new FileLoader();
                onDisk.setPrefix(dir.resolve(theme).resolve("templates").toString());
                onDisk.setSuffix(".peb");
                loaders.add(onDisk);
            });
            ClasspathLoader packaged = new ClasspathLoader(Templates.class.getClassLoader());
            packaged.setPrefix("themes/" + theme + "/templates");
            packaged.setSuffix(".peb");
            loaders.add(packaged);
        }
        engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(false)
                .cacheActive(settings.themesDir().isEmpty())
                .extension(new CommonplaceExtension(messages))
                .build();
    }

    public String render(String template, Map<String, Object> model, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
