// Source: https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html (All Known Subinterfaces: EventPublisher) ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java
package com.atlassian.event.api;

/**
 * Compile-only mirror of atlassian-event's EventPublisher. Cap only registers and unregisters listeners, which the
 * real interface inherits from {@link EventListenerRegistrar}; publish(Object) is not used, so not declared.
 */
public interface EventPublisher extends EventListenerRegistrar {
}
