package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.Initiative;
import io.capokr.okr.CycleState;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.Tally;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes initiative links (KR_ISSUE) and the copies of issue facts they hold. */
public class InitiativeStore {

    private final ActiveObjects ao;

    public InitiativeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Links the issues to the key result. An issue already linked keeps its link and takes the new
     * {@code contributes}; returns how many links are new.
     */
    public int link(long keyResultId, Collection<IssueFacts> issues, boolean contributes, String userKey, Instant now) {
        Map<Long, InitiativeEntity> existing = new HashMap<>();
        for (InitiativeEntity row : ao.find(InitiativeEntity.class, Query.select().where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId))) {
            existing.put(row.getIssueId(), row);
        }
        int created = 0;
        for (IssueFacts issue : issues) {
            InitiativeEntity row = existing.get(issue.id());
            if (row != null) {
                row.setContributes(contributes);
                copy(row, issue, now);
                row.save();
                continue;
            }
            insert(keyResultId, issue, contributes, userKey, now);
            created++;
        }
        return created;
    }

    /**
     * Adds one link the caller knows is new, in one insert (no read first): for a key result just made, such as a
     * carried-over copy taking its original's open issues.
     */
    public void insert(long keyResultId, IssueFacts issue, boolean contributes, String userKey, Instant now) {
        ao.create(InitiativeEntity.class,
                new DBParam(InitiativeEntity.KEY_RESULT_ID, keyResultId),
                new DBParam(InitiativeEntity.ISSUE_ID, issue.id()),
                new DBParam(InitiativeEntity.ISSUE_KEY, issue.key()),
                new DBParam(InitiativeEntity.CONTRIBUTES, contributes),
                new DBParam(InitiativeEntity.STATUS_CATEGORY, issue.statusCategory().name()),
                new DBParam(InitiativeEntity.STORY_POINTS, issue.storyPoints()),
                new DBParam(InitiativeEntity.LINKED_BY, userKey),
                new DBParam(InitiativeEntity.LINKED_AT, now.toEpochMilli()));
    }

    /** Removes the links from the key result to these issues; returns how many there were. */
    public int unlink(long keyResultId, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return 0;
        }
        return ao.deleteWithSQL(InitiativeEntity.class,
                InitiativeEntity.KEY_RESULT_ID + " = ? AND " + InitiativeEntity.ISSUE_ID + " IN (" + Sql.placeholders(issueIds.size()) + ")",
                Sql.params(issueIds, keyResultId));
    }

    /** One page of the key result's links, oldest first, and the total. */
    public List<Initiative> forKeyResult(long keyResultId, int startAt, int maxResults) {
        Query query = Query.select().where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId).order(InitiativeEntity.ID + " ASC").offset(startAt).limit(maxResults);
        return Arrays.stream(ao.find(InitiativeEntity.class, query)).map(InitiativeStore::toInitiative).toList();
    }

    /**
     * The ids of the issues linked to key results of these objectives, each once, in one statement joined to the key
     * result: the JQL function's answer for a cycle, whatever the number of key results.
     */
    public Set<Long> issueIdsOfObjectives(Collection<Long> objectiveIds) {
        List<Long> ids = objectiveIds.stream().filter(Sql::isRowId).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query query = Query.select("i." + InitiativeEntity.ID + ", i." + InitiativeEntity.ISSUE_ID)
                .alias(InitiativeEntity.class, "i")
                .alias(KeyResultEntity.class, "k")
                .join(KeyResultEntity.class, "i." + InitiativeEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .where("k." + KeyResultEntity.OBJECTIVE_ID + " IN (" + Sql.placeholders(ids.size()) + ")", Sql.params(ids))
                .order("i." + InitiativeEntity.ISSUE_ID + " ASC");
        return issueIds(ao.find(InitiativeEntity.class, query));
    }

    /** The ids of the issues linked to the key result, in one statement. */
    public Set<Long> issueIdsOfKeyResult(long keyResultId) {
        Query query = Query.select(InitiativeEntity.ID + ", " + InitiativeEntity.ISSUE_ID)
                .where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId).order(InitiativeEntity.ISSUE_ID + " ASC");
        return issueIds(ao.find(InitiativeEntity.class, query));
    }

    private static Set<Long> issueIds(InitiativeEntity[] rows) {
        Set<Long> ids = new LinkedHashSet<>();
        for (InitiativeEntity row : rows) {
            ids.add(row.getIssueId());
        }
        return ids;
    }

    /** Every link of these key results, in one statement, oldest first. */
    public List<Initiative> forKeyResults(Collection<Long> keyResultIds) {
        if (keyResultIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.select()
                .where(InitiativeEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")", Sql.params(keyResultIds))
                .order(InitiativeEntity.ID + " ASC");
        return Arrays.stream(ao.find(InitiativeEntity.class, query)).map(InitiativeStore::toInitiative).toList();
    }

    /** The links made to these key results in [{@code from}, {@code toExclusive}), oldest first, in one statement. */
    public List<Initiative> linkedBetween(Collection<Long> keyResultIds, Instant from, Instant toExclusive) {
        if (keyResultIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.select()
                .where(InitiativeEntity.LINKED_AT + " >= ? AND " + InitiativeEntity.LINKED_AT + " < ? AND "
                        + InitiativeEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")",
                        Sql.params(keyResultIds, from.toEpochMilli(), toExclusive.toEpochMilli()))
                .order(InitiativeEntity.LINKED_AT + " ASC, " + InitiativeEntity.ID + " ASC");
        return Arrays.stream(ao.find(InitiativeEntity.class, query)).map(InitiativeStore::toInitiative).toList();
    }

    /**
     * The links of these key results whose issue was seen moving into Done in [{@code from}, {@code toExclusive}),
     * in the order it happened, in one statement.
     */
    public List<Initiative> doneBetween(Collection<Long> keyResultIds, Instant from, Instant toExclusive) {
        if (keyResultIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.select()
                .where(InitiativeEntity.DONE_AT + " >= ? AND " + InitiativeEntity.DONE_AT + " < ? AND "
                        + InitiativeEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")",
                        Sql.params(keyResultIds, from.toEpochMilli(), toExclusive.toEpochMilli()))
                .order(InitiativeEntity.DONE_AT + " ASC, " + InitiativeEntity.ID + " ASC");
        return Arrays.stream(ao.find(InitiativeEntity.class, query)).map(InitiativeStore::toInitiative).toList();
    }

    public int countForKeyResult(long keyResultId) {
        return ao.count(InitiativeEntity.class, Query.select().where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId));
    }

    /**
     * Per key result, the tally of its contributing links and of all its links, read in one statement
     * that streams the rows: the cost grows with the links read, the statement count does not. Every key result
     * asked for has an entry, an empty one when it has no links.
     */
    public Map<Long, Tallies> talliesFor(Collection<Long> keyResultIds) {
        Map<Long, Tallies> tallies = new HashMap<>();
        keyResultIds.forEach(id -> tallies.put(id, Tallies.none()));
        if (keyResultIds.isEmpty()) {
            return tallies;
        }
        Query query = Query.select(InitiativeEntity.ID + ", " + InitiativeEntity.KEY_RESULT_ID + ", " + InitiativeEntity.CONTRIBUTES + ", " + InitiativeEntity.STATUS_CATEGORY + ", " + InitiativeEntity.STORY_POINTS)
                .where(InitiativeEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")", Sql.params(keyResultIds));
        ao.stream(InitiativeEntity.class, query, row -> {
            Tallies tally = tallies.get(row.getKeyResultId());
            StatusCategory category = StatusCategory.valueOf(row.getStatusCategory());
            tally.all().add(category, row.getStoryPoints());
            if (Boolean.TRUE.equals(row.getContributes())) {
                tally.contributing().add(category, row.getStoryPoints());
            }
        });
        return tallies;
    }

    /** Contributing links count toward progress; all links are what the page counts as initiatives. */
    public record Tallies(Tally contributing, Tally all) {

        /** A key result without links. */
        public static Tallies none() {
            return new Tallies(new Tally(), new Tally());
        }
    }

    /** Refreshes every link's copy of the issue; returns the key results whose links it changed. */
    public Set<Long> refreshCopies(IssueFacts issue, Instant now) {
        // Links in closed cycles keep the facts they had at the close: a closed cycle is graded on them, and an issue
        // finished in the next quarter must not change the last one's result. One statement, joined to the cycle.
        Query query = ofOpenCycles(Query.select(String.join(", ", "i." + InitiativeEntity.ID,
                        "i." + InitiativeEntity.KEY_RESULT_ID, "i." + InitiativeEntity.ISSUE_ID, "i." + InitiativeEntity.ISSUE_KEY,
                        "i." + InitiativeEntity.STATUS_CATEGORY, "i." + InitiativeEntity.STORY_POINTS)),
                "i." + InitiativeEntity.ISSUE_ID + " = ?", issue.id());
        InitiativeEntity[] rows = ao.find(InitiativeEntity.class, query);
        Set<Long> changed = new HashSet<>();
        for (InitiativeEntity row : rows) {
            // Most issue events change nothing we copy (a comment, a description): write only what moved.
            if (!holdsCopyOf(row, issue)) {
                copy(row, issue, now);
                row.save();
                changed.add(row.getKeyResultId());
            }
        }
        return changed;
    }

    /**
     * A page of the links the reconcile checks: those of cycles not closed (a closed cycle keeps the facts of its
     * close), with an id above {@code afterId}, in id order, at most {@code limit}; one statement, joined to the cycle.
     */
    public List<Initiative> openLinksAfter(long afterId, int limit) {
        Query query = ofOpenCycles(Query.select("i." + InitiativeEntity.ID + ", i." + InitiativeEntity.KEY_RESULT_ID + ", i."
                        + InitiativeEntity.ISSUE_ID + ", i." + InitiativeEntity.ISSUE_KEY + ", i." + InitiativeEntity.CONTRIBUTES
                        + ", i." + InitiativeEntity.STATUS_CATEGORY + ", i." + InitiativeEntity.STORY_POINTS + ", i."
                        + InitiativeEntity.LINKED_BY + ", i." + InitiativeEntity.LINKED_AT),
                "i." + InitiativeEntity.ID + " > ?", afterId)
                .order("i." + InitiativeEntity.ID + " ASC")
                .limit(limit);
        return Arrays.stream(ao.find(InitiativeEntity.class, query)).map(InitiativeStore::toInitiative).toList();
    }

    /**
     * Brings each of {@code links} whose copy differs from its issue's {@code facts} up to date (an issue absent from
     * {@code facts} is left alone); answers how many links it corrected and whose key results they are. Reads and
     * writes only the links that drifted.
     */
    public Corrections correct(Collection<Initiative> links, Map<Long, IssueFacts> facts, Instant now) {
        Map<Integer, IssueFacts> drifted = new HashMap<>();
        for (Initiative link : links) {
            IssueFacts issue = facts.get(link.issueId());
            if (issue != null && !holdsCopyOf(link.issueKey(), link.statusCategory().name(), link.storyPoints(), issue)) {
                drifted.put((int) link.id(), issue);
            }
        }
        Set<Long> changed = new HashSet<>();
        if (drifted.isEmpty()) {
            return new Corrections(0, changed);
        }
        // The drifted rows in one read (a row deleted meanwhile is simply not found), then one update each.
        InitiativeEntity[] rows = ao.find(InitiativeEntity.class, Query.select()
                .where(InitiativeEntity.ID + " IN (" + Sql.placeholders(drifted.size()) + ")", Sql.params(drifted.keySet())));
        for (InitiativeEntity row : rows) {
            copy(row, drifted.get(row.getID()), now);
            row.save();
            changed.add(row.getKeyResultId());
        }
        return new Corrections(rows.length, changed);
    }

    /** What {@link #correct} did: the links it brought up to date, and the key results they belong to. */
    public record Corrections(int links, Set<Long> keyResultIds) {
    }

    /**
     * {@code select} (of link columns, aliased {@code i}) restricted to links of cycles that are not closed, joined
     * through the key result and its objective to the cycle, and to {@code where} (on {@code i}) with its parameter.
     */
    private static Query ofOpenCycles(Query select, String where, Object parameter) {
        return select
                .alias(InitiativeEntity.class, "i")
                .alias(KeyResultEntity.class, "k")
                .alias(ObjectiveEntity.class, "o")
                .alias(CycleEntity.class, "c")
                .join(KeyResultEntity.class, "i." + InitiativeEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .join(ObjectiveEntity.class, "k." + KeyResultEntity.OBJECTIVE_ID + " = o." + ObjectiveEntity.ID)
                .join(CycleEntity.class, "o." + ObjectiveEntity.CYCLE_ID + " = c." + CycleEntity.ID)
                .where(where + " AND c." + CycleEntity.STATE + " <> ?", parameter, CycleState.CLOSED.name());
    }

    /** The key results linked to the issue, in one statement. */
    public Set<Long> keyResultsLinkedTo(long issueId) {
        Set<Long> ids = new HashSet<>();
        ao.stream(InitiativeEntity.class, Query.select(InitiativeEntity.ID + ", " + InitiativeEntity.KEY_RESULT_ID)
                .where(InitiativeEntity.ISSUE_ID + " = ?", issueId), row -> ids.add(row.getKeyResultId()));
        return ids;
    }

    private static boolean holdsCopyOf(InitiativeEntity row, IssueFacts issue) {
        return holdsCopyOf(row.getIssueKey(), row.getStatusCategory(), row.getStoryPoints(), issue);
    }

    /** Whether a link's copy (key, status category, story points) still says what its issue says. */
    private static boolean holdsCopyOf(String key, String statusCategory, Double storyPoints, IssueFacts issue) {
        return issue.key().equals(key) && issue.statusCategory().name().equals(statusCategory)
                && Objects.equals(issue.storyPoints(), storyPoints);
    }

    public int deleteLinksToIssue(long issueId) {
        return ao.deleteWithSQL(InitiativeEntity.class, InitiativeEntity.ISSUE_ID + " = ?", issueId);
    }

    public void deleteForKeyResults(Collection<Long> keyResultIds) {
        if (!keyResultIds.isEmpty()) {
            ao.deleteWithSQL(InitiativeEntity.class,
                    InitiativeEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")", Sql.params(keyResultIds));
        }
    }

    /**
     * Copies the issue's facts onto the link; an issue seen moving into Done now gets {@code now} as the time it was
     * done, one moving out of Done loses it (reopened, it is not done any more).
     */
    private static void copy(InitiativeEntity row, IssueFacts issue, Instant now) {
        boolean done = issue.statusCategory() == StatusCategory.DONE;
        if (done && !StatusCategory.DONE.name().equals(row.getStatusCategory())) {
            row.setDoneAt(now.toEpochMilli());
        } else if (!done) {
            row.setDoneAt(null);
        }
        row.setIssueKey(issue.key());
        row.setStatusCategory(issue.statusCategory().name());
        row.setStoryPoints(issue.storyPoints());
    }

    private static Initiative toInitiative(InitiativeEntity row) {
        return new Initiative(row.getID(), row.getKeyResultId(), row.getIssueId(), row.getIssueKey(),
                Boolean.TRUE.equals(row.getContributes()), StatusCategory.valueOf(row.getStatusCategory()),
                row.getStoryPoints(), row.getLinkedBy(),
                row.getLinkedAt() == null ? null : Instant.ofEpochMilli(row.getLinkedAt()));
    }
}
