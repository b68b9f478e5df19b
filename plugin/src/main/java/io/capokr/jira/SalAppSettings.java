package io.capokr.jira;

import java.util.Optional;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.capokr.host.AppSettings;

/**
 * The app's settings in SAL's plugin settings, which Jira keeps in its database for every node of a cluster. Global
 * settings, read afresh on each call: SAL caches them, and a value another node wrote must be seen here.
 */
public class SalAppSettings implements AppSettings {

    private final PluginSettingsFactory factory;

    public SalAppSettings(PluginSettingsFactory factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> get(String key) {
        // Only Strings are ever written; anything else under our key was not ours to read.
        return factory.createGlobalSettings().get(key) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    @Override
    public void put(String key, String value) {
        PluginSettings settings = factory.createGlobalSettings();
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }
}
