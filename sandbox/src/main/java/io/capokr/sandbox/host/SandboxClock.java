package io.capokr.sandbox.host;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.capokr.host.Clock;

/**
 * The sandbox's clock, standing in for the plugin's {@code SystemClock} (bean {@code clock}): it follows the
 * system clock, except while the sample data is written, when it can be {@linkplain #setTo set to a moment in
 * the past} so that what the services stamp (check-ins above all) carries realistic dates. The sandbox is one
 * process with no cluster; the seeding runs before the server takes requests and puts it back on system time
 * when it is done.
 */
public final class SandboxClock implements Clock {

    /** The moment it shows, or null to follow the system clock. */
    private volatile Instant fixed;

    @Override
    public Instant now() {
        Instant moment = fixed;
        return moment == null ? Instant.now() : moment;
    }

    /** The date of {@link #now()} in the server's time zone, as {@code SystemClock} has it. */
    @Override
    public LocalDate today() {
        Instant moment = fixed;
        return moment == null ? LocalDate.now() : LocalDate.ofInstant(moment, ZoneId.systemDefault());
    }

    /** Shows {@code moment} from now on, until set again or {@linkplain #followSystem() released}. */
    public void setTo(Instant moment) {
        if (moment == null) {
            throw new IllegalArgumentException("A moment is required; followSystem() goes back to system time");
        }
        fixed = moment;
    }

    /** Back on system time. */
    public void followSystem() {
        fixed = null;
    }

    public boolean followsSystem() {
        return fixed == null;
    }
}
