package io.capokr.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

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

    /**
     * The most values one IN list carries: well under every database's limit on parameters (Oracle allows 1000 items
     * in a list, SQL Server 2100 parameters), and the size of Jira's bulk operations and the reconcile's pages.
     */
    static final int CHUNK = 500;

    /** {@code values} in lists of at most {@link #CHUNK}, in their order; none when there are none. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
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
