package io.capokr.okr;

import java.util.HashSet;
import java.util.List;

/**
 * Reordering a list (objectives of a scope, key results of an objective): the new order must name every
 * item of the list exactly once, so that a page showing a stale list cannot drop or repeat an item.
 */
public final class Ordering {

    public static final String IDS = "ids";

    private Ordering() {
    }

    public static List<FieldProblem> problems(List<Long> existing, List<Long> ordered) {
        boolean same = ordered.size() == existing.size()
                && new HashSet<>(ordered).size() == ordered.size()
                && new HashSet<>(ordered).equals(new HashSet<>(existing));
        return same ? List.of() : List.of(FieldProblem.of(IDS, "capokr.error.order"));
    }
}
