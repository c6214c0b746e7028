package org.commonplace.library.boundary;

import java.util.HashMap;
import java.util.Map;

/** What was typed into the add and edit forms of a resource, to show the form again when it is refused. */
final class ResourceForm {
    private ResourceForm() { }

    /** The fields both forms have; a mutable map, so each form adds its own. */
    static Map<String, Object> typed(String title, String summary, String body, String url, String tags, String type,
                                     String language) {
        Map<String, Object> typed = new HashMap<>();
        typed.put("title", title);
        typed.put("summary", summary);
        typed.put("body", body);
        typed.put("url", url);
        typed.put("tags", tags);
        typed.put("type", type);
        typed.put("language", language);
        return typed;
    }
}
