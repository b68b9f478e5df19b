package io.capokr.store;

import java.util.Collection;
import java.util.Collections;

/** Small helpers for AO where-clauses. */
final class Sql {

    private Sql() {
    }

    /**
     * Whether {@code id} can name a row: AO's ids are ints, and casting a larger id would wrap it onto
     * another row's id (4294967297 onto 1).
     */
    static boolean isRowId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
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
