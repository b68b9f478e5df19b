// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/jql/function/JqlFunction.java ; docs.atlassian.com/jira/latest/com/atlassian/query/clause/class-use/TerminalClause.html (validate takes ApplicationUser since Jira 7)
package com.atlassian.jira.plugin.jql.function;

import java.util.List;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

/** Compile-only mirror of Jira's JqlFunction SPI interface. */
public interface JqlFunction {

    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
