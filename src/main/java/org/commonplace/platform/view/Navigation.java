package org.commonplace.platform.view;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonplace.access.Viewer;

import java.util.ArrayList;
import java.util.List;

/** The header navigation: only what this person may open. */
@ApplicationScoped
public class Navigation {

    public record Item(String labelKey, String href, boolean current) { }

    public List<Item> itemsFor(Viewer viewer, String path) {
        List<Item> items = new ArrayList<>();
        add(items, "nav.home", "/", path);
        if (viewer.signedIn()) {
            add(items, "nav.cohorts", "/cohorts", path);
        }
        if (viewer.isCoordinator()) {
            add(items, "nav.dashboard", "/coordinator", path);
            add(items, "nav.programmes", "/admin/programmes", path);
            add(items, "nav.invitations", "/admin/invitations", path);
        }
        return items;
    }

    private static void add(List<Item> items, String key, String href, String path) {
        boolean current = href.equals("/") ? "/".equals(path) : path != null && path.startsWith(href);
        items.add(new Item(key, href, current));
    }
}
