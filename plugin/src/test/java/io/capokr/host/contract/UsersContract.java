package io.capokr.host.contract;

import static io.capokr.host.contract.Scenario.GHOST;
import static org.junit.Assert.assertEquals;

import java.util.Optional;

import io.capokr.host.Users;
import io.capokr.okr.UserRef;
import org.junit.Test;

/** What every {@link Users} promises, in the {@link Scenario}: anyone may be looked up, not only the caller. */
public abstract class UsersContract {

    /** The implementation under test, in the scenario. */
    protected abstract Users users();

    @Test
    public void everyUserIsFoundByUserKeyWithTheirDisplayName() {
        for (UserRef user : Scenario.USERS) {
            assertEquals(Optional.of(user), users().byUserKey(user.key()));
        }
    }

    @Test
    public void anUnknownUserKeyIsNobody() {
        assertEquals(Optional.empty(), users().byUserKey(GHOST.key()));
    }

    @Test
    public void noUserKeyIsNobody() {
        assertEquals(Optional.empty(), users().byUserKey(null));
    }
}
