package io.capokr.sandbox.host;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.capokr.host.IssueDirectory;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.UserRef;
import io.capokr.sandbox.host.SampleTracker.Issue;

/**
 * {@link IssueDirectory} answered from the sample tracker's issues, with Jira's visibility: the viewer must
 * browse the issue's project and, for an issue with a security level, be in that level. Keys are matched
 * ignoring case and answered upper-case; unknown keys or ids, null entries and issues the viewer cannot see
 * are all simply absent. Like Jira, it answers for any user it is asked about, not only the caller; an
 * unknown user sees nothing.
 */
public final class SandboxIssueDirectory implements IssueDirectory {

    private final SampleTracker tracker;
    private final SampleFields fields;

    public SandboxIssueDirectory(SampleTracker tracker, SampleFields fields) {
        this.tracker = tracker;
        this.fields = fields;
    }

    @Override
    public Map<String, IssueFacts> visibleByKeys(Collection<String> keys, UserRef viewer) {
        Map<String, IssueFacts> visible = new LinkedHashMap<>();
        keys.stream().filter(Objects::nonNull).distinct()
                .forEach(key -> tracker.issue(key).filter(issue -> visibleTo(issue, viewer))
                        .ifPresent(issue -> visible.put(issue.key(), fields.facts(issue))));
        return visible;
    }

    @Override
    public Map<Long, IssueFacts> visibleByIds(Collection<Long> ids, UserRef viewer) {
        Map<Long, IssueFacts> visible = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct()
                .forEach(id -> tracker.issue(id).filter(issue -> visibleTo(issue, viewer))
                        .ifPresent(issue -> visible.put(issue.id(), fields.facts(issue))));
        return visible;
    }

    @Override
    public Map<Long, IssueFacts> factsByIds(Collection<Long> ids) {
        Map<Long, IssueFacts> found = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct()
                .forEach(id -> tracker.issue(id).ifPresent(issue -> found.put(issue.id(), fields.facts(issue))));
        return found;
    }

    private boolean visibleTo(Issue issue, UserRef viewer) {
        return viewer != null && tracker.user(viewer.key()).isPresent() && tracker.canSee(viewer.key(), issue);
    }
}
