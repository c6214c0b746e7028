package org.commonplace.access;

import jakarta.enterprise.context.RequestScoped;

/** The viewer of the current request, set once by authentication before any resource runs. */
@RequestScoped
public class CurrentViewer {
    private Viewer viewer = Viewer.ANONYMOUS;
    private boolean bearer;

    public Viewer get() { return viewer; }

    public boolean viaBearerToken() { return bearer; }

    public void set(Viewer viewer, boolean viaBearerToken) {
        this.viewer = viewer;
        this.bearer = viaBearerToken;
    }
}
