package io.capokr.web;

import io.capokr.host.Messages;
import io.capokr.service.ShownInitiatives;

/** A linked issue the reader may see: its key, summary and status, and whether it counts toward progress. */
public final class IssueView {

    private final ShownInitiatives.Shown shown;
    private final Messages messages;

    IssueView(ShownInitiatives.Shown shown, Messages messages) {
        this.shown = shown;
        this.messages = messages;
    }

    public String getKey() {
        return shown.issue().key();
    }

    public String getSummary() {
        return shown.issue().summary();
    }

    public String getStatusLabel() {
        return messages.text(Lozenges.labelKey(shown.issue().statusCategory()));
    }

    public String getStatusLozenge() {
        return Lozenges.of(shown.issue().statusCategory());
    }

    public boolean isContextOnly() {
        return !shown.contributes();
    }
}
