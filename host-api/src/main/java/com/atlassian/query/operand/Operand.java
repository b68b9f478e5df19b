// Source: docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/query/operand/package-summary.html ("Interfaces: Operand")
package com.atlassian.query.operand;

/** Compile-only mirror of atlassian-query's Operand interface (no member Cap calls). */
public interface Operand {
}
