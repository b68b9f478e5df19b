package io.capokr.sandbox.host;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import io.capokr.host.Messages;

/**
 * {@link Messages} from a properties bundle in the current request's language, with Jira's semantics:
 * every text goes through {@link MessageFormat} (so {@code ''} is an apostrophe even without arguments),
 * and a key that is missing shows itself instead of failing the page.
 */
public final class BundleMessages implements Messages {

    /**
     * Never fall back to the JVM's default locale: on a French machine an English request must still get the
     * base (English) bundle, as it does in Jira.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;
    private final RequestContext requests;

    /** @param baseName a ResourceBundle base name such as {@code i18n.capokr} */
    public BundleMessages(String baseName, ClassLoader loader, RequestContext requests) {
        this.baseName = baseName;
        this.loader = loader;
        this.requests = requests;
        ResourceBundle.getBundle(baseName, RequestContext.DEFAULT_LOCALE, loader, NO_DEFAULT_LOCALE);
    }

    @Override
    public String text(String key, Object... arguments) {
        Locale locale = requests.locale();
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return key;
        }
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Every key with its unformatted pattern in {@code locale}: what AUI's {@code AJS.I18n.keys} holds. */
    public Map<String, String> patterns(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Map<String, String> patterns = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            patterns.put(key, bundle.getString(key));
        }
        return patterns;
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, loader, NO_DEFAULT_LOCALE);
    }
}
