package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.service.OkrFixture;
import io.capokr.testing.BundleMessages;
import org.junit.Before;
import org.junit.Test;

/**
 * The JQL function against the host-api declarations of Jira's types (mocked: the searcher, the query context, the
 * clause, the module descriptor), over the real service and database: JQL errors in the searcher's language, literals
 * of issue ids whose source is the function, and nothing for a search run for someone other than the logged-in user.
 */
public class KeyResultIssuesFunctionTest extends OkrFixture {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TerminalClause clause = mock(TerminalClause.class);
    private KeyResultIssuesFunction function;
    private KeyResult keyResult;

    public KeyResultIssuesFunctionTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void aKeyResultWithLinkedIssues() {
        Cycle q1 = quarter();
        keyResult = issuesKeyResult(objective(q1, "MKT", "Grow", "lead"), "Ship the campaign", "lead");
        okr().initiatives.link(keyResult.id(), List.of("MKT-2", "MKT-1"), true);
        function = function(Locale.ROOT);
        searchingAs("member");
    }

    private KeyResultIssuesFunction function(Locale locale) {
        KeyResultIssuesFunction created = new KeyResultIssuesFunction(okr().keyResultIssues, authentication,
                new BundleMessages(locale));
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        when(descriptor.getFunctionName()).thenReturn("keyResultIssues");
        when(descriptor.isList()).thenReturn(true);
        created.init(descriptor);
        return created;
    }

    private ApplicationUser searchingAs(String key) {
        host.loggedInAs(key);
        ApplicationUser user = user(key);
        when(authentication.getLoggedInUser()).thenReturn(user);
        return user;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private static QueryCreationContext context(ApplicationUser searcher) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(searcher);
        return context;
    }

    private static FunctionOperand call(String... arguments) {
        return new FunctionOperand("keyResultIssues", arguments);
    }

    @Test
    public void describesItselfToJiraAsAListOfIssuesTakingAtLeastOneArgument() {
        assertEquals("keyResultIssues", function.getFunctionName());
        assertTrue(function.isList());
        assertEquals(1, function.getMinimumNumberOfExpectedArguments());
        assertSame(JiraDataTypes.ISSUE, function.getDataType());
    }

    @Test
    public void valuesAreIssueIdLiteralsWhoseSourceIsTheFunction() {
        FunctionOperand operand = call(String.valueOf(keyResult.id()));
        List<QueryLiteral> values = function.getValues(context(authentication.getLoggedInUser()), operand, clause);

        assertEquals(List.of(1L, 2L), values.stream().map(QueryLiteral::getLongValue).toList());
        values.forEach(literal -> assertSame(operand, literal.getSourceOperand()));
        assertEquals(List.of(1L, 2L), function.getValues(context(authentication.getLoggedInUser()), call("2027 Q1", "MKT"), clause)
                .stream().map(QueryLiteral::getLongValue).toList());
    }

    @Test
    public void validArgumentsValidateWithoutMessages() {
        ApplicationUser member = authentication.getLoggedInUser();
        assertFalse(function.validate(member, call(String.valueOf(keyResult.id())), clause).hasAnyErrors());
        assertFalse(function.validate(member, call("2027 q1"), clause).hasAnyErrors());
        assertFalse(function.validate(member, call("2027 Q1", "mkt"), clause).hasAnyErrors());
    }

    @Test
    public void unknownNamesAndWrongArgumentCountsAreJqlErrorsInTheSearchersLanguage() {
        ApplicationUser member = authentication.getLoggedInUser();

        assertEquals(List.of("No cycle is named \"Someday\"."), errors(function.validate(member, call("Someday"), clause)));
        assertEquals(List.of("No key result has the id 424242, or you do not have permission to see it."),
                errors(function.validate(member, call("424242"), clause)));
        assertEquals(List.of("No project has the key NOPE, or you do not have permission to see it."),
                errors(function.validate(member, call("2027 Q1", "NOPE"), clause)));
        assertEquals(1, errors(function.validate(member, call("a", "b", "c"), clause)).size());
        assertEquals(1, errors(function.validate(member, call(), clause)).size());
        assertEquals(List.of("Aucun cycle ne s\u2019appelle \u00ab\u00a0Someday\u00a0\u00bb."),
                errors(function(Locale.FRENCH).validate(member, call("Someday"), clause)));
    }

    @Test
    public void invalidArgumentsGiveNoValuesRatherThanFailingTheSearch() {
        assertEquals(List.of(), function.getValues(context(authentication.getLoggedInUser()), call("Someday"), clause));
    }

    @Test
    public void anonymousSearchersAreToldToLogInAndGetNothing() {
        when(authentication.getLoggedInUser()).thenReturn(null);
        host.loggedInAs(null);

        assertEquals(List.of("Log in to use keyResultIssues(): key results are shown to logged-in users only."),
                errors(function.validate(null, call("2027 Q1"), clause)));
        assertEquals(List.of(), function.getValues(context(null), call("2027 Q1"), clause));
    }

    @Test
    public void aSearchRunForSomeoneElseThanTheLoggedInUserGetsNothing() {
        searchingAs("member");

        assertEquals(List.of(), function.getValues(context(user("lead")), call("2027 Q1"), clause));
        assertEquals(2, function.getValues(context(user("member")), call("2027 Q1"), clause).size());
    }

    private static List<String> errors(MessageSet messages) {
        return List.copyOf(messages.getErrorMessages());
    }
}
