package io.capokr.host.contract;

import static org.junit.Assert.assertEquals;

import java.util.Optional;

import io.capokr.host.AppSettings;
import org.junit.Test;

/** What every {@link AppSettings} promises: a value comes back as stored, is replaced, and goes with null. */
public abstract class AppSettingsContract {

    /** A store with nothing in it yet. */
    protected abstract AppSettings settings();

    @Test
    public void aKeyNeverWrittenHasNoValue() {
        assertEquals(Optional.empty(), settings().get("io.capokr.contract.unknown"));
    }

    @Test
    public void aValueComesBackAsStoredAndTheLastWriteWins() {
        AppSettings settings = settings();
        settings.put("io.capokr.contract.day", "MONDAY");
        settings.put("io.capokr.contract.day", "Thursday, with an accent: é and a ’");

        assertEquals(Optional.of("Thursday, with an accent: é and a ’"), settings.get("io.capokr.contract.day"));
    }

    @Test
    public void nullRemovesTheKeyAndRemovingAnAbsentKeyIsHarmless() {
        AppSettings settings = settings();
        settings.put("io.capokr.contract.field", "customfield_10002");
        settings.put("io.capokr.contract.field", null);
        settings.put("io.capokr.contract.never", null);

        assertEquals(Optional.empty(), settings.get("io.capokr.contract.field"));
        assertEquals(Optional.empty(), settings.get("io.capokr.contract.never"));
    }

    @Test
    public void keysAreKeptApart() {
        AppSettings settings = settings();
        settings.put("io.capokr.contract.a", "1");
        settings.put("io.capokr.contract.b", "2");

        assertEquals(Optional.of("1"), settings.get("io.capokr.contract.a"));
        assertEquals(Optional.of("2"), settings.get("io.capokr.contract.b"));
    }
}
