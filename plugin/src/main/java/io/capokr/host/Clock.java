package io.capokr.host;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Time as the app should see it; a port so that tests can fix "today". */
public interface Clock {

    Instant now();

    /** Today's date in the server's time zone, the zone Jira shows dates in by default. */
    LocalDate today();

    /**
     * The zone {@link #today()} is taken in, to turn days into instants (a week's first moment). The server's, as
     * {@link SystemClock#today()} uses it.
     */
    default ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
