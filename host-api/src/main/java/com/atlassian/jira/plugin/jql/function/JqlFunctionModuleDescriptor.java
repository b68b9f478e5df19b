// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.java (an interface extending JiraResourcedModuleDescriptor<JqlFunction>; that supertype is left out: Cap never calls it)
package com.atlassian.jira.plugin.jql.function;

/** Compile-only mirror of Jira's JqlFunctionModuleDescriptor (members Cap's base class calls only). */
public interface JqlFunctionModuleDescriptor {

    String getFunctionName();

    boolean isList();
}
