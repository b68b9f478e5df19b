package io.capokr.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.capokr.host.Messages;

/** Checks for reordering requests: the new order must name every item of the list exactly once. */
final class Ordering {

    static final String IDS = "ids";

    private Ordering() {
    }

    static void requireSameItems(List<Long> existing, List<Long> ordered, Messages messages) {
        boolean same = ordered.size() == existing.size()
                && new HashSet<>(ordered).size() == ordered.size()
                && new HashSet<>(ordered).equals(new HashSet<>(existing));
        if (!same) {
            throw new ValidationException(messages.text("capokr.error.validation"),
                    Map.of(IDS, messages.text("capokr.error.order")));
        }
    }
}
