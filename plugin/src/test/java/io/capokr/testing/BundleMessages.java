package io.capokr.testing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import io.capokr.host.Messages;

/**
 * {@link Messages} from the plugin's real i18n bundle, formatted the way Jira formats (MessageFormat).
 * A key missing from the bundle fails the test, so a typo in a key cannot pass unnoticed.
 */
public final class BundleMessages implements Messages {

    private final ResourceBundle bundle;

    public BundleMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("i18n/capokr", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static BundleMessages english() {
        return new BundleMessages(Locale.ROOT);
    }

    @Override
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
