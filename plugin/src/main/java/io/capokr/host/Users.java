package io.capokr.host;

import java.util.Optional;

import io.capokr.okr.UserRef;

/** Looks up the host's users, for owners named by user key. */
public interface Users {

    /** The user with this user key, if there is one; none for a null key. (Not "byKey": hosts may implement Projects too.) */
    Optional<UserRef> byUserKey(String userKey);
}
