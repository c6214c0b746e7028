package org.commonplace.platform.view;

import java.util.Map;

/**
 * A page to render: the template's name within the theme (without ".peb") and the data it shows.
 * Resources return a View; {@link ViewWriter} renders it with the common page data added.
 */
public record View(String template, Map<String, Object> model) {
    public View {
        model = model == null ? Map.of() : model;
    }

    public static View of(String template) {
        return new View(template, Map.of());
    }
}
