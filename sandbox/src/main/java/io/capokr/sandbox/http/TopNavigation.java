package io.capokr.sandbox.http;

import java.util.ArrayList;
import java.util.List;

import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.plugin.PluginDescriptor.WebItem;
import io.capokr.sandbox.web.Link;

/**
 * The plugin's web-items in Jira's top navigation bar, as links for the sandbox header: each item's link as the
 * descriptor writes it (Jira prefixes its context path; the sandbox has none), marked current on the page it opens.
 */
final class TopNavigation {

    /** Where Jira lists the top navigation's items. */
    static final String SECTION = "system.top.navigation.bar";

    private TopNavigation() {
    }

    /**
     * Where the plugin lists its administration page in Jira's administration menu, which Jira shows administrators
     * only; the sandbox, which has no administration menu, puts those items in its header for administrators.
     */
    static final String ADMIN_SECTION = "admin_plugins_menu/capokr-admin-section";

    /**
     * {@code currentPath}: the path of the page shown, or null when none of the items is current; {@code administrator}:
     * whether the viewer is a Jira administrator, who also sees the administration items.
     */
    static List<Link> links(PluginDescriptor descriptor, BundleMessages pluginTexts, String currentPath, boolean administrator) {
        List<Link> links = new ArrayList<>();
        List<WebItem> items = new ArrayList<>(descriptor.webItems(SECTION));
        if (administrator) {
            items.addAll(descriptor.webItems(ADMIN_SECTION));
        }
        for (WebItem item : items) {
            links.add(new Link(pluginTexts.text(item.labelKey()), item.link(), item.link().equals(currentPath),
                    item.linkId(), item.iconClass()));
        }
        return links;
    }
}
