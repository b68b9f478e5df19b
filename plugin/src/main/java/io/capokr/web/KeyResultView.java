package io.capokr.web;

import java.util.ArrayList;
import java.util.List;

import io.capokr.host.Messages;
import io.capokr.okr.MeasureKind;
import io.capokr.okr.MeasureSummary;
import io.capokr.okr.Phrase;
import io.capokr.okr.Recency;
import io.capokr.service.ProjectOkrs;
import io.capokr.service.ShownInitiatives;

/** One key result on the project page: every label already in the reader's language. */
public final class KeyResultView {

    /** Calibration advice beside it, in the reader's language (okr.Calibration). */
    private List<String> warnings = List.of();

    private final ProjectOkrs.KeyResultRow row;
    private final ShownInitiatives initiatives;
    private final Person owner;
    private final boolean canEdit;
    private final ProjectOkrs okrs;
    private final Place place;
    private final Messages messages;
    private List<String> carryNotes = List.of();

    KeyResultView(ProjectOkrs.KeyResultRow row, ShownInitiatives initiatives, Person owner, boolean canEdit,
                  ProjectOkrs okrs, Place place, Messages messages) {
        this.place = place;
        this.row = row;
        this.initiatives = initiatives;
        this.owner = owner;
        this.canEdit = canEdit;
        this.okrs = okrs;
        this.messages = messages;
    }

    public long getId() {
        return row.keyResult().id();
    }

    public boolean isFirst() {
        return place.first();
    }

    public boolean isLast() {
        return place.last();
    }

    public String getTitle() {
        return row.keyResult().title();
    }

    public String getMeasureKind() {
        return row.keyResult().measure().kind().name();
    }

    /** "42 / 60 leads", "Done", "7 of 12 issues done". */
    public String getMeasureLabel() {
        return text(MeasureSummary.of(row.keyResult().measure(), row.contributing()));
    }

    public int getProgressPercent() {
        return Percent.of(row.progress());
    }

    public String getHealthLabel() {
        return messages.text(Lozenges.labelKey(row.health()));
    }

    public String getHealthLozenge() {
        return Lozenges.of(row.health());
    }

    public boolean isHasConfidence() {
        return row.confidence() != null;
    }

    public String getConfidenceLabel() {
        return row.confidence() == null ? "" : messages.text(Lozenges.labelKey(row.confidence()));
    }

    public String getConfidenceLozenge() {
        return row.confidence() == null ? "" : Lozenges.of(row.confidence());
    }

    public Person getOwner() {
        return owner;
    }

    /** "3 days ago", "no check-in yet". */
    public String getLastCheckInLabel() {
        return text(Recency.of(row.keyResult().lastCheckInAt(), okrs.asOf(), "capokr.checkIn.never"));
    }

    public boolean isCanWork() {
        return row.canWork();
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isMeasuredByIssues() {
        return row.keyResult().measure().kind() == MeasureKind.ISSUES;
    }

    public boolean isNoInitiatives() {
        return row.noInitiatives();
    }

    public int getLinkedCount() {
        return row.done() + row.inProgress() + row.toDo();
    }

    /** The reader's visible linked issues by status: done, in progress, to do; empty groups left out. */
    public List<InitiativeGroupView> getInitiativeGroups() {
        List<InitiativeGroupView> groups = new ArrayList<>();
        add(groups, "capokr.status.done", initiatives.done());
        add(groups, "capokr.status.in_progress", initiatives.inProgress());
        add(groups, "capokr.status.to_do", initiatives.toDo());
        return groups;
    }

    /** "1 restricted issue" (named to nobody who cannot see it), or empty. */
    public String getRestrictedLabel() {
        return initiatives.restricted() == 0 ? ""
                : messages.text("capokr.initiatives.restricted", initiatives.restricted());
    }

    public boolean isHasRestricted() {
        return initiatives.restricted() > 0;
    }

    public boolean isHasNotListed() {
        return initiatives.notListed() > 0;
    }

    public String getNotListedLabel() {
        return initiatives.notListed() == 0 ? "" : messages.text("capokr.initiatives.more", initiatives.notListed());
    }

    private void add(List<InitiativeGroupView> groups, String headingKey, List<ShownInitiatives.Shown> issues) {
        if (!issues.isEmpty()) {
            groups.add(new InitiativeGroupView(messages.text(headingKey),
                    issues.stream().map(shown -> new IssueView(shown, messages)).toList()));
        }
    }

    private String text(Phrase phrase) {
        return messages.text(phrase.key(), phrase.arguments().toArray());
    }

    /** What closing a cycle did to this key result, already worded: set by the factory when there is something. */
    KeyResultView withCarryNotes(List<String> notes) {
        this.carryNotes = List.copyOf(notes);
        return this;
    }

    /** "Carried over from 2026 Q4", "Carried over to 2027 Q1", "Dropped when its cycle closed"; usually none. */
    public List<String> getCarryNotes() {
        return carryNotes;
    }

    /** The same view with its calibration warnings. */
    KeyResultView withWarnings(List<String> texts) {
        this.warnings = List.copyOf(texts);
        return this;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public boolean isHasWarnings() {
        return !warnings.isEmpty();
    }
}
