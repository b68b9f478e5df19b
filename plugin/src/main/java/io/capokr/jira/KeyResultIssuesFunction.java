package io.capokr.jira;

import java.util.List;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.capokr.host.Messages;
import io.capokr.service.KeyResultIssuesService;
import io.capokr.service.ServiceException;

/**
 * The JQL function {@code keyResultIssues()}: {@code issue in keyResultIssues(123)}, {@code keyResultIssues("2027 Q1")}
 * or {@code keyResultIssues("2027 Q1", "MKT")}. A thin edge over {@link KeyResultIssuesService}: the service reads the
 * arguments and checks the permissions; this turns its refusals into Jira's message set and its ids into literals.
 * <p>
 * It returns issue ids; Jira's search then keeps only the issues the searcher may see (project permission and issue
 * security), as it does for every function's values. One instance serves every search, concurrently: it holds no
 * state of its own.
 */
public class KeyResultIssuesFunction extends AbstractJqlFunction {

    private final KeyResultIssuesService service;
    private final JiraAuthenticationContext authentication;
    private final Messages messages;

    public KeyResultIssuesFunction(KeyResultIssuesService service, JiraAuthenticationContext authentication,
                                   Messages messages) {
        this.service = service;
        this.authentication = authentication;
        this.messages = messages;
    }

    /** Unknown key result, cycle or project, or a wrong number of arguments: a JQL error, in the searcher's language. */
    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet result = new MessageSetImpl();
        if (!isLoggedInUser(searcher)) {
            result.addErrorMessage(messages.text("capokr.jql.error.notLoggedIn", operand.getName()));
            return result;
        }
        try {
            service.validate(operand.getArgs());
        } catch (ServiceException refusal) {
            result.addErrorMessage(messages.text(refusal.messageKey(), refusal.arguments().toArray()));
        }
        return result;
    }

    /**
     * The linked issues' ids, each a literal whose source is the function, as Jira requires. Anything the searcher
     * could not have validated answers nothing, rather than failing a search Jira runs on its own (a filter
     * subscription, a board).
     */
    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        if (!isLoggedInUser(queryCreationContext.getApplicationUser())) {
            return List.of();
        }
        try {
            return service.issueIds(operand.getArgs()).stream().map(id -> new QueryLiteral(operand, id)).toList();
        } catch (ServiceException refusal) {
            return List.of();
        }
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /**
     * The service checks permissions for the logged-in user only (host.Access); a search run for someone else (or
     * for nobody) is answered with nothing rather than with the wrong person's key results.
     */
    private boolean isLoggedInUser(ApplicationUser searcher) {
        ApplicationUser current = authentication.getLoggedInUser();
        return searcher != null && current != null && searcher.getKey().equals(current.getKey());
    }
}
