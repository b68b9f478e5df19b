package io.capokr.web;

import java.util.HashMap;
import java.util.Map;

import io.capokr.host.Messages;
import io.capokr.service.ProjectCyclesService;
import io.capokr.service.ServiceException;

/**
 * Builds the Velocity context of the project page: {@code $page} (a {@link ProjectPageView}) and
 * {@code $texts} (a {@link I18nView}). Jira's context provider and the sandbox both call this, so
 * the template sees the same objects in both.
 */
public class ProjectPageContextFactory {

    public static final String PAGE = "page";
    public static final String TEXTS = "texts";

    private final ProjectCyclesService pages;
    private final Messages messages;

    public ProjectPageContextFactory(ProjectCyclesService pages, Messages messages) {
        this.pages = pages;
        this.messages = messages;
    }

    public Map<String, Object> contextFor(String projectKey) {
        Map<String, Object> context = new HashMap<>();
        context.put(PAGE, viewFor(projectKey));
        context.put(TEXTS, new I18nView(messages));
        return context;
    }

    private ProjectPageView viewFor(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return ProjectPageView.unavailable(messages.text("capokr.page.noProject"));
        }
        try {
            return ProjectPageView.of(pages.forProject(projectKey), messages);
        } catch (ServiceException refusal) {
            return ProjectPageView.unavailable(messages.text(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }
}
