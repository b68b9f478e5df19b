package io.capokr.store;

import java.util.Collection;
import java.util.Collections;

/** Small helpers for AO where-clauses. */
final class Sql {

    private Sql() {
    }

    /** "?, ?, ?" for an IN list of {@code count} values. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static Object[] params(Collection<?> values, Object... before) {
        Object[] all = new Object[before.length + values.size()];
        System.arraycopy(before, 0, all, 0, before.length);
        int i = before.length;
        for (Object value : values) {
            all[i++] = value;
        }
        return all;
    }
}
