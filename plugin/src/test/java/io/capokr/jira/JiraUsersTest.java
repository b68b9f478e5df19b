package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.capokr.okr.UserRef;
import org.junit.Test;

public class JiraUsersTest {

    private final UserManager userManager = mock(UserManager.class);

    @Test
    public void usersAreFoundByKeyWithTheirDisplayName() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn("Alice Martin");
        when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(user);

        assertEquals(new UserRef("JIRAUSER10100", "Alice Martin"), new JiraUsers(userManager).byUserKey("JIRAUSER10100").orElseThrow());
    }

    @Test
    public void anUnknownKeyIsNobody() {
        assertTrue(new JiraUsers(userManager).byUserKey("gone").isEmpty());
    }
}
