package io.capokr.jira;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.capokr.host.AppSettings;
import io.capokr.host.contract.AppSettingsContract;
import org.junit.Test;

/**
 * {@link SalAppSettings} over SAL's settings as Jira keeps them (a map standing for Jira's database), fetched afresh
 * from the factory on every call as another node's writes require.
 */
public class SalAppSettingsContractTest extends AppSettingsContract {

    private final Map<String, Object> jiraDatabase = new HashMap<>();

    @Override
    protected AppSettings settings() {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenAnswer(invocation -> fresh());
        return new SalAppSettings(factory);
    }

    /** One PluginSettings object per call, as SAL hands out; all of them over the same stored values. */
    private PluginSettings fresh() {
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(anyString())).thenAnswer(invocation -> jiraDatabase.get(invocation.<String>getArgument(0)));
        when(settings.put(anyString(), org.mockito.ArgumentMatchers.any())).thenAnswer(invocation ->
                jiraDatabase.put(invocation.getArgument(0), invocation.getArgument(1)));
        when(settings.remove(anyString())).thenAnswer(invocation -> jiraDatabase.remove(invocation.<String>getArgument(0)));
        return settings;
    }

    @Test
    public void aValueOfAnotherTypeUnderTheKeyIsNotReadAsOurs() {
        jiraDatabase.put("io.capokr.contract.list", java.util.List.of("a"));

        org.junit.Assert.assertEquals(java.util.Optional.empty(), settings().get("io.capokr.contract.list"));
    }
}
