package org.commonplace.platform.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;

import java.util.ArrayList;
import java.util.List;

/** The header navigation: only what this person may open. */
@ApplicationScoped
public class Navigation {

    public record Item(String labelKey, String href, boolean current) { }

    @Inject Access access;

    public List<Item> itemsFor(Viewer viewer, String path) {
        List<Item> items = new ArrayList<>();
        add(items, "nav.home", "/", path);
        add(items, "nav.library", "/library", path);
        add(items, "nav.blog", "/blog", path);
        if (viewer.signedIn()) {
            add(items, "nav.cohorts", "/cohorts", path);
            add(items, "nav.workspaces", "/workspaces", path);
        }
        if (viewer.isMentor() || viewer.isCoordinator()) add(items, "nav.painPoints", "/pain-points", path);
        if (access.mayManageProgrammes(viewer)) add(items, "nav.programmes", "/admin/programmes", path);
        if (access.mayInvite(viewer)) add(items, "nav.invitations", "/admin/invitations", path);
        if (viewer.isCoordinator()) add(items, "nav.searchAdmin", "/admin/search", path);
        if (access.mayManageWorkspaces(viewer)) add(items, "nav.workspacesAdmin", "/admin/workspaces", path);
        return items;
    }

    private static void add(List<Item> items, String key, String href, String path) {
        boolean current = href.equals("/") ? "/".equals(path) : path != null && path.startsWith(href);
        items.add(new Item(key, href, current));
    }
}
