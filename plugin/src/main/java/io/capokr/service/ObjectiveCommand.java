package io.capokr.service;

import io.capokr.okr.Change;
import io.capokr.okr.ObjectiveDraft;

/**
 * What a caller asks for when creating or changing an objective. On create, {@code projectKey} null
 * makes a company objective; {@code ownerKey} null means the caller. {@code version} is the one the
 * caller read, required on update.
 */
public record ObjectiveCommand(Long cycleId, String projectKey, Long parentId, String ownerKey, ObjectiveDraft draft,
                               Integer version) {

    public static final String CYCLE_ID = "cycleId";
    public static final String PROJECT_KEY = "projectKey";
    public static final String PARENT_ID = "parentId";

    /** This command as an edit of every field but the owner, which a null keeps: a whole replacement. */
    public ObjectiveEdit asEdit() {
        return new ObjectiveEdit(Change.to(parentId), ownerKey == null ? Change.keep() : Change.to(ownerKey),
                draft.asEdit(), version);
    }
}
