package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;

import com.atlassian.sal.api.message.I18nResolver;
import org.junit.Test;

public class SalMessagesTest {

    private final I18nResolver i18n = mock(I18nResolver.class);

    @Test
    public void aKeyWithoutArgumentsUsesThePlainLookup() {
        when(i18n.getText("capokr.page.title")).thenReturn("Objectives and key results");

        assertEquals("Objectives and key results", new SalMessages(i18n).text("capokr.page.title"));
    }

    @Test
    public void argumentsArePassedOnAsSerializables() {
        when(i18n.getText(eq("capokr.error.cycle.name.tooLong"), any(Serializable[].class))).thenReturn("at most 255");

        assertEquals("at most 255", new SalMessages(i18n).text("capokr.error.cycle.name.tooLong", 255));
        verify(i18n).getText("capokr.error.cycle.name.tooLong", 255);
    }
}
