package org.commonplace.platform.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.web.CsrfProtection;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link View} with the data every page needs: who is signed in, the navigation, the CSRF token. */
@Provider
@ApplicationScoped
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {
    @Inject Templates templates;
    @Inject CurrentViewer currentViewer;
    @Inject Navigation navigation;
    @Inject HttpServletRequest request;
    @Inject Settings settings;
    @Inject org.commonplace.notify.control.Notifications notifications;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        Viewer viewer = currentViewer.get();
        Locale locale = Locale.ENGLISH;
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("viewer", viewer);
        // a public page the same for every anonymous reader (cacheable) says so with an empty "csrf"
        model.putIfAbsent("csrf", request.getAttribute(CsrfProtection.ATTRIBUTE));
        model.put("nav", navigation.itemsFor(viewer, request.getRequestURI()));
        model.put("path", request.getRequestURI());
        model.put("lang", locale.toLanguageTag());
        model.put("baseUrl", settings.baseUrl().toString());
        model.put("unreadNotifications", viewer.signedIn() ? notifications.unreadCount(viewer) : 0L);
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        headers.putIfAbsent("Cache-Control", java.util.List.of(viewer.signedIn() ? "private, no-store" : "no-cache"));
        out.write(templates.render(view.template(), model, locale).getBytes(StandardCharsets.UTF_8));
    }
}
