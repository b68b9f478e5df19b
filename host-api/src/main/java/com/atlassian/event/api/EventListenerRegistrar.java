// Source: https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html ; https://docs.atlassian.com/atlassian-crowd/latest/com/atlassian/crowd/directory/event/MockEventPublisher.html (register/unregister "in interface com.atlassian.event.api.EventListenerRegistrar", 2024)
package com.atlassian.event.api;

/**
 * Compile-only mirror of atlassian-event's EventListenerRegistrar, the super-interface of {@link EventPublisher} that
 * declares registration (members Cap calls only); inside Jira the real interface is used.
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
