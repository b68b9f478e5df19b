package io.capokr.jira;

import java.time.Instant;
import java.time.LocalDate;

import io.capokr.host.Clock;

/** The JVM's clock, in the server's time zone. */
public class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now();
    }
}
