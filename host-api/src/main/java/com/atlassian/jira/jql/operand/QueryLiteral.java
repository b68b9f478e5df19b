// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/operand/QueryLiteral.java
package com.atlassian.jira.jql.operand;

import java.util.Objects;

import com.atlassian.query.operand.Operand;

/**
 * Compile-only mirror of Jira's QueryLiteral class (the constructor and getters Cap uses only). Like Jira's, it keeps
 * its values, so that Mockito tests can read what a function returned; equality is by value, as in Jira.
 */
public class QueryLiteral {

    private final Operand sourceOperand;
    private final Long longValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = Objects.requireNonNull(sourceOperand, "sourceOperand");
        this.longValue = longValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryLiteral that && Objects.equals(longValue, that.longValue);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(longValue);
    }

    @Override
    public String toString() {
        return String.valueOf(longValue);
    }
}
