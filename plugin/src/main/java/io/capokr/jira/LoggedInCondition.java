package io.capokr.jira;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.capokr.host.Access;

/**
 * Shows a web fragment to logged-in users only. Ours rather than Jira's UserLoggedInCondition, so that the jar
 * imports no more of Jira's packages than it does: it asks {@link Access}, which reads the authentication context
 * in memory (no database work on the issue view's first paint).
 */
public class LoggedInCondition implements Condition {

    private final Access access;

    public LoggedInCondition(Access access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.currentUser().isPresent();
    }
}
