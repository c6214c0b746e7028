package org.commonplace.platform.view;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string people read comes from the resource bundle i18n/messages, so a translation is one
 * more properties file. A missing key shows as the key itself rather than breaking the page.
 */
@ApplicationScoped
public class Messages {
    public static final String BUNDLE = "i18n.messages";

    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
