package io.capokr.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.ProgressPoint;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes progress snapshots (PROGRESS_SNAP), one per key result and day, in day order. */
public class ProgressSnapStore {

    private static final String COLUMNS = ProgressSnapEntity.ID + ", " + ProgressSnapEntity.KEY_RESULT_ID + ", "
            + ProgressSnapEntity.SNAP_DAY + ", " + ProgressSnapEntity.PROGRESS;

    private final ActiveObjects ao;

    public ProgressSnapStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The key result's points, earliest day first: one statement. */
    public List<ProgressPoint> forKeyResult(long keyResultId) {
        return forKeyResults(List.of(keyResultId)).getOrDefault(keyResultId, List.of());
    }

    /**
     * Each of these key results' points, earliest day first, read in one statement that streams the rows; a key
     * result without points is absent from the map.
     */
    public Map<Long, List<ProgressPoint>> forKeyResults(Collection<Long> keyResultIds) {
        Map<Long, List<ProgressPoint>> points = new HashMap<>();
        if (keyResultIds.isEmpty()) {
            return points;
        }
        Query query = Query.select(COLUMNS)
                .where(ProgressSnapEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")",
                        Sql.params(keyResultIds));
        ao.stream(ProgressSnapEntity.class, query, row -> points.computeIfAbsent(row.getKeyResultId(), id -> new ArrayList<>())
                .add(new ProgressPoint(LocalDate.parse(row.getSnapDay()), row.getProgress())));
        points.values().forEach(list -> list.sort(Comparator.comparing(ProgressPoint::day)));
        return points;
    }

    /**
     * The points of every key result of a project's objectives in a cycle, earliest day first, in one statement
     * joined on the key result and its objective, so a page reads the history of all its key results at once
     * whatever their number (and without an IN list that grows with them). Key results without points are absent.
     */
    public Map<Long, List<ProgressPoint>> forProjectInCycle(long cycleId, long projectId) {
        return forScopeInCycle("o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID
                + " = ?", cycleId, projectId);
    }

    /** The same for the company's own objectives (those of no project): one statement. */
    public Map<Long, List<ProgressPoint>> forCompanyInCycle(long cycleId) {
        return forScopeInCycle("o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID
                + " IS NULL", cycleId);
    }

    private Map<Long, List<ProgressPoint>> forScopeInCycle(String objectivesWhere, Object... parameters) {
        Map<Long, List<ProgressPoint>> points = new HashMap<>();
        Query query = Query.select("s." + ProgressSnapEntity.ID + ", s." + ProgressSnapEntity.KEY_RESULT_ID + ", s."
                        + ProgressSnapEntity.SNAP_DAY + ", s." + ProgressSnapEntity.PROGRESS)
                .alias(ProgressSnapEntity.class, "s")
                .alias(KeyResultEntity.class, "k")
                .alias(ObjectiveEntity.class, "o")
                .join(KeyResultEntity.class, "s." + ProgressSnapEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .join(ObjectiveEntity.class, "k." + KeyResultEntity.OBJECTIVE_ID + " = o." + ObjectiveEntity.ID)
                .where(objectivesWhere, parameters);
        for (ProgressSnapEntity row : ao.find(ProgressSnapEntity.class, query)) {
            points.computeIfAbsent(row.getKeyResultId(), id -> new ArrayList<>())
                    .add(new ProgressPoint(LocalDate.parse(row.getSnapDay()), row.getProgress()));
        }
        points.values().forEach(list -> list.sort(Comparator.comparing(ProgressPoint::day)));
        return points;
    }

    public void add(long keyResultId, ProgressPoint point) {
        ao.create(ProgressSnapEntity.class,
                new DBParam(ProgressSnapEntity.KEY_RESULT_ID, keyResultId),
                new DBParam(ProgressSnapEntity.SNAP_DAY, point.day().toString()),
                new DBParam(ProgressSnapEntity.PROGRESS, point.progress()));
    }

    /** Removes these key results' points of one day, in one statement. */
    public void deleteDay(Collection<Long> keyResultIds, LocalDate day) {
        if (!keyResultIds.isEmpty()) {
            ao.deleteWithSQL(ProgressSnapEntity.class, ProgressSnapEntity.SNAP_DAY + " = ? AND "
                    + ProgressSnapEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")",
                    Sql.params(keyResultIds, day.toString()));
        }
    }

    public void deleteForKeyResults(Collection<Long> keyResultIds) {
        if (!keyResultIds.isEmpty()) {
            ao.deleteWithSQL(ProgressSnapEntity.class,
                    ProgressSnapEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")",
                    Sql.params(keyResultIds));
        }
    }
}
