package io.capokr.jira;

import java.util.Optional;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.capokr.host.Users;
import io.capokr.okr.UserRef;

/** {@link Users} from Jira's UserManager, by the stable user key. */
public class JiraUsers implements Users {

    private final UserManager userManager;

    public JiraUsers(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<UserRef> byUserKey(String userKey) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        return Optional.ofNullable(user).map(u -> new UserRef(u.getKey(), u.getDisplayName()));
    }
}
