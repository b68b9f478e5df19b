// Source: docs.atlassian.com/jira/server/com/atlassian/query/clause/TerminalClauseImpl.html ("TerminalClauseImpl extends Object implements TerminalClause": an interface)
package com.atlassian.query.clause;

/** Compile-only mirror of atlassian-query's TerminalClause interface (no member Cap calls). */
public interface TerminalClause {
}
