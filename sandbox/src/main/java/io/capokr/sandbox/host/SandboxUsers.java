package io.capokr.sandbox.host;

import java.util.Optional;

import io.capokr.host.Users;
import io.capokr.okr.UserRef;

/** {@link Users} from the sample tracker's four users. */
public final class SandboxUsers implements Users {

    private final SampleTracker tracker;

    public SandboxUsers(SampleTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public Optional<UserRef> byUserKey(String userKey) {
        return tracker.user(userKey).map(user -> new UserRef(user.key(), user.displayName()));
    }
}
