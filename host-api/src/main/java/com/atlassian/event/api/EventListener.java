// Source: github.com/filipenkov/SampleTracking JiraPlugins/atlassian-jira-5.1.1-source/atlassian-event/src/main/java/com/atlassian/event/api/EventListener.java ; https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/AbstractIssueEventListener.html (@EventListener on onIssueEvent(IssueEvent), Jira 11)
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror of atlassian-event's listener annotation: marks a public method taking one event parameter.
 * Jira's event publisher finds it by reflection at runtime, on the real annotation type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
