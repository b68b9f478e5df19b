package io.capokr.host;

import java.time.Instant;
import java.time.LocalDate;

/** Time as the app should see it; a port so that tests can fix "today". */
public interface Clock {

    Instant now();

    /** Today's date in the server's time zone, the zone Jira shows dates in by default. */
    LocalDate today();
}
