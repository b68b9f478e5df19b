// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.java ; docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/jql/function/CurrentUserFunction.html (inherited members)
package com.atlassian.jira.plugin.jql.function;

/**
 * Compile-only mirror of Jira's AbstractJqlFunction (public abstract class, no-arg constructor), members Cap relies on
 * only: the name and list flag come from the module descriptor Jira passes to init. getI18n() and
 * validateNumberOfArgs(...) exist in Jira but are left out: Cap words its messages through its own i18n port.
 */
public abstract class AbstractJqlFunction implements JqlFunction {

    private volatile JqlFunctionModuleDescriptor moduleDescriptor;

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        this.moduleDescriptor = moduleDescriptor;
    }

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        return moduleDescriptor;
    }

    @Override
    public String getFunctionName() {
        return moduleDescriptor.getFunctionName();
    }

    @Override
    public boolean isList() {
        return moduleDescriptor.isList();
    }
}
