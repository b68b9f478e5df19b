package io.capokr.service;

import io.capokr.okr.Change;
import io.capokr.okr.ObjectiveDraft;

/**
 * What a {@code PUT} of an objective says ({@link Change}): a field left out keeps its value. A null {@code parentId}
 * unaligns it; {@code ownerKey} cannot be cleared. {@code version} is the one the caller read, required.
 */
public record ObjectiveEdit(Change<Long> parentId, Change<String> ownerKey, ObjectiveDraft.Edit fields, Integer version) {

    public ObjectiveEdit {
        parentId = Change.orKeep(parentId);
        ownerKey = Change.orKeep(ownerKey);
    }
}
