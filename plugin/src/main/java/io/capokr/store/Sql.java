package io.capokr.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Entity;

/** Small helpers for AO where-clauses, and for reading back what AO just created. */
final class Sql {

    private Sql() {
    }

    /**
     * A row just created, read back whole in one SELECT. The entity {@code ActiveObjects.create} returns knows only its
     * id: each getter would run a SELECT of its own column (eight statements for a check-in). Reading the row, rather
     * than copying what was sent, keeps what the database made of it (a default, Oracle's empty string as null).
     */
    static <T extends Entity> T whole(ActiveObjects ao, Class<T> type, T created) {
        return ao.get(type, created.getID());
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
