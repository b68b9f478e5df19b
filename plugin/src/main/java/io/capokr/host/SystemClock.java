package io.capokr.host;

import java.time.Instant;
import java.time.LocalDate;

/** The JVM's clock, in the server's time zone: the same inside Jira and outside it, so not a Jira adapter. */
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
