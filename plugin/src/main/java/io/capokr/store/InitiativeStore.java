package io.capokr.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.Initiative;
import io.capokr.okr.CycleState;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.Tally;
import net.java.ao.Query;

/** Reads and writes initiative links (KR_ISSUE) and the copies of issue facts they hold. */
public class InitiativeStore {

    /**
     * Every column of a link, for the reads of rows that may be {@link #rewrite rewritten}: a column left out would be
     * loaded lazily, one statement per row.
     */
    private static final List<String> COLUMNS = List.of(InitiativeEntity.ID, InitiativeEntity.KEY_RESULT_ID,
            InitiativeEntity.ISSUE_ID, InitiativeEntity.ISSUE_KEY, InitiativeEntity.CONTRIBUTES, InitiativeEntity.STATUS_CATEGORY,
            InitiativeEntity.STORY_POINTS, InitiativeEntity.LINKED_BY, InitiativeEntity.LINKED_AT, InitiativeEntity.DONE_AT);
    private static final String WHOLE_ROW = String.join(", ", COLUMNS);
    private static final String WHOLE_ROW_OF_I = String.join(", ", COLUMNS.stream().map(column -> "i." + column).toList());

    /**
     * Links in the order they were made, those made together by issue: not by id, since a {@link #rewrite rewritten}
     * link gets a new one and would move to the end of the list.
     */
    private static final String OLDEST_FIRST = InitiativeEntity.LINKED_AT + " ASC, " + InitiativeEntity.ISSUE_ID + " ASC, "
            + InitiativeEntity.ID + " ASC";

    /**
     * What a tally needs of a link (and its id, which AO's stream requires). Unqualified even in a joined query: AO's
     * stream qualifies the columns it selects with the entity's alias itself.
     */
    private static final String TALLY_COLUMNS = String.join(", ", InitiativeEntity.ID, InitiativeEntity.KEY_RESULT_ID,
            InitiativeEntity.CONTRIBUTES, InitiativeEntity.STATUS_CATEGORY, InitiativeEntity.STORY_POINTS);

    private final ActiveObjects ao;

    public InitiativeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Links the issues to the key result. An issue already linked keeps its link and takes the new
     * {@code contributes}; returns how many links are new. One read of the key result's links, then the new links in
     * one batched insert, however many issues are linked at once (an issue already linked, rare, is saved on its own).
     */
    public int link(long keyResultId, Collection<IssueFacts> issues, boolean contributes, String userKey, Instant now) {
        Map<Long, InitiativeEntity> existing = new HashMap<>();
        Query linked = Query.select(WHOLE_ROW).where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId);
        for (InitiativeEntity row : ao.find(InitiativeEntity.class, linked)) {
            existing.put(row.getIssueId(), row);
        }
        List<Map<String, Object>> fresh = new ArrayList<>();
        for (IssueFacts issue : issues) {
            InitiativeEntity row = existing.get(issue.id());
            if (row == null) {
                fresh.add(newLink(keyResultId, issue, contributes, userKey, now));
            } else if (row.getContributes() != contributes || !holdsCopyOf(row, issue)) {
                row.setContributes(contributes);
                copy(row, issue, now);
                row.save();
            }
        }
        if (!fresh.isEmpty()) {
            ao.create(InitiativeEntity.class, fresh);
        }
        return fresh.size();
    }

    /** The columns of a new link. */
    private static Map<String, Object> newLink(long keyResultId, IssueFacts issue, boolean contributes, String userKey,
                                               Instant now) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(InitiativeEntity.KEY_RESULT_ID, keyResultId);
        columns.put(InitiativeEntity.ISSUE_ID, issue.id());
        columns.put(InitiativeEntity.ISSUE_KEY, issue.key());
        columns.put(InitiativeEntity.CONTRIBUTES, contributes);
        columns.put(InitiativeEntity.STATUS_CATEGORY, issue.statusCategory().name());
        columns.put(InitiativeEntity.STORY_POINTS, issue.storyPoints());
        columns.put(InitiativeEntity.LINKED_BY, userKey);
        columns.put(InitiativeEntity.LINKED_AT, now.toEpochMilli());
        return columns;
    }

    /**
     * Adds one link the caller knows is new, in one insert (no read first): for a key result just made, such as a
     * carried-over copy taking its original's open issues.
     */
    public void insert(long keyResultId, IssueFacts issue, boolean contributes, String userKey, Instant now) {
        ao.create(InitiativeEntity.class, newLink(keyResultId, issue, contributes, userKey, now));
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
        Query query = Query.select().where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId).order(OLDEST_FIRST).offset(startAt).limit(maxResults);
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
                .order(OLDEST_FIRST);
        return Arrays.stream(ao.find(InitiativeEntity.class, query)).map(InitiativeStore::toInitiative).toList();
    }

    /**
     * The newest {@code limit} links of a project's key results in a cycle made in [{@code from}, {@code toExclusive}),
     * in the order they were made, and how many there are in all: joined on the key result and its objective (no IN
     * list of key results), in two statements however many links a busy week brings.
     */
    public Latest linkedBetween(long cycleId, long projectId, Instant from, Instant toExclusive, int limit) {
        return latestBetween(InitiativeEntity.LINKED_AT, cycleId, projectId, from, toExclusive, limit);
    }

    /**
     * The same for the links whose issue was seen moving into Done in [{@code from}, {@code toExclusive}), in the order
     * it happened.
     */
    public Latest doneBetween(long cycleId, long projectId, Instant from, Instant toExclusive, int limit) {
        return latestBetween(InitiativeEntity.DONE_AT, cycleId, projectId, from, toExclusive, limit);
    }

    /** Some of the rows that match, the newest, in the order they happened, and how many match in all. */
    public record Latest(List<Initiative> newest, int total) {

        public static final Latest NONE = new Latest(List.of(), 0);

        /** How many match but are not in {@link #newest()}. */
        public int more() {
            return total - newest.size();
        }
    }

    private Latest latestBetween(String column, long cycleId, long projectId, Instant from, Instant toExclusive, int limit) {
        String where = "o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID + " = ? AND i." + column
                + " >= ? AND i." + column + " < ?";
        Object[] params = {cycleId, projectId, from.toEpochMilli(), toExclusive.toEpochMilli()};
        Query newestFirst = joinedToObjectives(Query.select(WHOLE_ROW_OF_I), where, params)
                .order("i." + column + " DESC, i." + InitiativeEntity.ID + " DESC").limit(limit);
        List<Initiative> newest = new ArrayList<>(Arrays.stream(ao.find(InitiativeEntity.class, newestFirst))
                .map(InitiativeStore::toInitiative).toList());
        Collections.reverse(newest);
        int total = newest.size() < limit ? newest.size()
                : ao.count(InitiativeEntity.class, joinedToObjectives(Query.select(), where, params));
        return new Latest(List.copyOf(newest), total);
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
        Map<Long, Tallies> tallies = emptyTallies(keyResultIds);
        if (keyResultIds.isEmpty()) {
            return tallies;
        }
        Query query = Query.select(TALLY_COLUMNS)
                .where(InitiativeEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")", Sql.params(keyResultIds));
        stream(query, tallies);
        return tallies;
    }

    /**
     * The same for the key results of one project's objectives in a cycle ({@code projectId} null: the company's), or
     * of every objective of the cycle ({@link #talliesOfCycle}), reached by joining the links to their key result and
     * objective rather than by a list of a thousand key-result ids, which databases read far more slowly. Every key
     * result of {@code keyResultIds} has an entry, an empty one when it has no links.
     */
    public Map<Long, Tallies> talliesOfObjectives(long cycleId, Long projectId, Collection<Long> keyResultIds) {
        Map<Long, Tallies> tallies = emptyTallies(keyResultIds);
        if (!keyResultIds.isEmpty()) {
            stream(joinedToObjectives(projectId == null
                    ? "o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID + " IS NULL"
                    : "o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID + " = ?",
                    projectId == null ? new Object[] {cycleId} : new Object[] {cycleId, projectId}), tallies);
        }
        return tallies;
    }

    /** {@link #talliesOfObjectives} for every objective of the cycle, the company's and all projects'. */
    public Map<Long, Tallies> talliesOfCycle(long cycleId, Collection<Long> keyResultIds) {
        Map<Long, Tallies> tallies = emptyTallies(keyResultIds);
        if (!keyResultIds.isEmpty()) {
            stream(joinedToObjectives("o." + ObjectiveEntity.CYCLE_ID + " = ?", cycleId), tallies);
        }
        return tallies;
    }

    private static Query joinedToObjectives(String where, Object... parameters) {
        return joinedToObjectives(Query.select(TALLY_COLUMNS), where, parameters);
    }

    /** {@code select} over the links joined to their key result ({@code k}) and its objective ({@code o}). */
    private static Query joinedToObjectives(Query select, String where, Object... parameters) {
        return select
                .alias(InitiativeEntity.class, "i")
                .alias(KeyResultEntity.class, "k")
                .alias(ObjectiveEntity.class, "o")
                .join(KeyResultEntity.class, "i." + InitiativeEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .join(ObjectiveEntity.class, "k." + KeyResultEntity.OBJECTIVE_ID + " = o." + ObjectiveEntity.ID)
                .where(where, parameters);
    }

    private static Map<Long, Tallies> emptyTallies(Collection<Long> keyResultIds) {
        Map<Long, Tallies> tallies = new HashMap<>();
        keyResultIds.forEach(id -> tallies.put(id, Tallies.none()));
        return tallies;
    }

    /** Adds each link read to its key result's tallies; links of key results not asked for are left out. */
    private void stream(Query query, Map<Long, Tallies> tallies) {
        ao.stream(InitiativeEntity.class, query, row -> {
            Tallies tally = tallies.get(row.getKeyResultId());
            if (tally == null) {
                return;
            }
            StatusCategory category = StatusCategory.valueOf(row.getStatusCategory());
            tally.all().add(category, row.getStoryPoints());
            if (Boolean.TRUE.equals(row.getContributes())) {
                tally.contributing().add(category, row.getStoryPoints());
            }
        });
    }

    /** Contributing links count toward progress; all links are what the page counts as initiatives. */
    public record Tallies(Tally contributing, Tally all) {

        /** A key result without links. */
        public static Tallies none() {
            return new Tallies(new Tally(), new Tally());
        }
    }

    /**
     * Refreshes the copies that links of cycles not closed hold of these issues (the latest facts of an issue given
     * twice win); returns the key results whose links changed. However many issues: one read per
     * {@value Sql#CHUNK} issues, and for the links whose copy moved, one delete and one batched insert ({@link #rewrite}).
     */
    public Set<Long> refreshCopies(Collection<IssueFacts> issues, Instant now) {
        Map<Long, IssueFacts> latest = new LinkedHashMap<>();
        issues.forEach(issue -> latest.put(issue.id(), issue));
        Set<Long> changed = new HashSet<>();
        for (List<Long> chunk : Sql.chunks(latest.keySet())) {
            // Links in closed cycles keep the facts they had at the close: a closed cycle is graded on them, and an
            // issue finished in the next quarter must not change the last one's result. One statement, joined to the cycle.
            Query query = ofOpenCycles(Query.select(WHOLE_ROW_OF_I),
                    "i." + InitiativeEntity.ISSUE_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
            changed.addAll(rewrite(ao.find(InitiativeEntity.class, query), row -> latest.get(row.getIssueId()), now).keyResultIds());
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
        int corrected = 0;
        Set<Long> changed = new HashSet<>();
        // The drifted rows whole, in one read per chunk (a row deleted meanwhile is simply not found, one the issue
        // listener corrected meanwhile is left alone), then rewritten together.
        for (List<Integer> chunk : Sql.chunks(drifted.keySet())) {
            InitiativeEntity[] rows = ao.find(InitiativeEntity.class, Query.select(WHOLE_ROW)
                    .where(InitiativeEntity.ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()));
            Corrections done = rewrite(rows, row -> drifted.get(row.getID()), now);
            corrected += done.links();
            changed.addAll(done.keyResultIds());
        }
        return new Corrections(corrected, changed);
    }

    /**
     * The one way copies are refreshed, by the issue events and by the reconcile alike: each row whose copy no longer
     * says what {@code factsOf} its issue says is written anew, with the new copy and everything else it held
     * (key result, issue, contributes, who linked it and when, when it was done). Active Objects offers no set-based
     * UPDATE and a row's save is one UPDATE per row, so a bulk transition of 500 issues would cost 500 statements;
     * deleting the rows by id and inserting their new versions in one JDBC batch costs two, whatever the number.
     * The rows get new ids, which nothing outside this table keeps; lists order links by when they were linked.
     */
    private Corrections rewrite(InitiativeEntity[] rows, Function<InitiativeEntity, IssueFacts> factsOf, Instant now) {
        List<Integer> stale = new ArrayList<>();
        List<Map<String, Object>> fresh = new ArrayList<>();
        Set<Long> changed = new HashSet<>();
        for (InitiativeEntity row : rows) {
            IssueFacts issue = factsOf.apply(row);
            // Most issue events change nothing we copy (a comment, a description): write only what moved.
            if (issue == null || holdsCopyOf(row, issue)) {
                continue;
            }
            stale.add(row.getID());
            fresh.add(rewritten(row, issue, now));
            changed.add(row.getKeyResultId());
        }
        if (!stale.isEmpty()) {
            ao.deleteWithSQL(InitiativeEntity.class, InitiativeEntity.ID + " IN (" + Sql.placeholders(stale.size()) + ")",
                    stale.toArray());
            ao.create(InitiativeEntity.class, fresh);
        }
        return new Corrections(stale.size(), changed);
    }

    /** The columns of a row {@link #rewritten} to carry {@code issue}'s facts. */
    private static Map<String, Object> rewritten(InitiativeEntity row, IssueFacts issue, Instant now) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(InitiativeEntity.KEY_RESULT_ID, row.getKeyResultId());
        columns.put(InitiativeEntity.ISSUE_ID, row.getIssueId());
        columns.put(InitiativeEntity.ISSUE_KEY, issue.key());
        columns.put(InitiativeEntity.CONTRIBUTES, row.getContributes());
        columns.put(InitiativeEntity.STATUS_CATEGORY, issue.statusCategory().name());
        columns.put(InitiativeEntity.STORY_POINTS, issue.storyPoints());
        columns.put(InitiativeEntity.LINKED_BY, row.getLinkedBy());
        columns.put(InitiativeEntity.LINKED_AT, row.getLinkedAt());
        columns.put(InitiativeEntity.DONE_AT, doneAt(row, issue, now));
        return columns;
    }

    /** What {@link #correct} did: the links it brought up to date, and the key results they belong to. */
    public record Corrections(int links, Set<Long> keyResultIds) {
    }

    /**
     * {@code select} (of link columns, aliased {@code i}) restricted to links of cycles that are not closed, joined
     * through the key result and its objective to the cycle, and to {@code where} (on {@code i}) with its parameters.
     */
    private static Query ofOpenCycles(Query select, String where, Object... parameters) {
        return select
                .alias(InitiativeEntity.class, "i")
                .alias(KeyResultEntity.class, "k")
                .alias(ObjectiveEntity.class, "o")
                .alias(CycleEntity.class, "c")
                .join(KeyResultEntity.class, "i." + InitiativeEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .join(ObjectiveEntity.class, "k." + KeyResultEntity.OBJECTIVE_ID + " = o." + ObjectiveEntity.ID)
                .join(CycleEntity.class, "o." + ObjectiveEntity.CYCLE_ID + " = c." + CycleEntity.ID)
                .where(where + " AND c." + CycleEntity.STATE + " <> ?", Sql.params(List.of(CycleState.CLOSED.name()), parameters));
    }

    /** The key results linked to the issue, in one statement. */
    public Set<Long> keyResultsLinkedTo(long issueId) {
        return keyResultsLinkedTo(List.of(issueId));
    }

    /** The key results linked to any of these issues, in one statement per {@value Sql#CHUNK} issues. */
    public Set<Long> keyResultsLinkedTo(Collection<Long> issueIds) {
        Set<Long> ids = new HashSet<>();
        for (List<Long> chunk : Sql.chunks(issueIds)) {
            ao.stream(InitiativeEntity.class, Query.select(InitiativeEntity.ID + ", " + InitiativeEntity.KEY_RESULT_ID)
                    .where(InitiativeEntity.ISSUE_ID + " IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
                    row -> ids.add(row.getKeyResultId()));
        }
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

    /**
     * Deletes the links to these issues in cycles not closed; returns their key results. A closed cycle keeps its links
     * as they were at the close, even to an issue deleted since: it was graded on them, and its results must not change
     * after the fact (the issue, gone, is then counted among those the reader cannot see). Per {@value Sql#CHUNK}
     * issues, one read of the open links' ids, joined to their cycle, then one delete per {@value Sql#CHUNK} links (an
     * issue may be linked to several key results, and no list may outgrow the databases' limits).
     */
    public Set<Long> deleteOpenLinksToIssues(Collection<Long> issueIds) {
        Set<Long> keyResults = new HashSet<>();
        for (List<Long> chunk : Sql.chunks(issueIds)) {
            List<Long> linkIds = new ArrayList<>();
            // Unqualified columns: AO's stream qualifies them with the entity's alias itself (see TALLY_COLUMNS).
            ao.stream(InitiativeEntity.class, ofOpenCycles(Query.select(InitiativeEntity.ID + ", "
                            + InitiativeEntity.KEY_RESULT_ID), "i." + InitiativeEntity.ISSUE_ID + " IN ("
                            + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
                    row -> {
                        linkIds.add((long) row.getID());
                        keyResults.add(row.getKeyResultId());
                    });
            for (List<Long> links : Sql.chunks(linkIds)) {
                ao.deleteWithSQL(InitiativeEntity.class,
                        InitiativeEntity.ID + " IN (" + Sql.placeholders(links.size()) + ")", Sql.params(links));
            }
        }
        return keyResults;
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
        row.setDoneAt(doneAt(row, issue, now));
        row.setIssueKey(issue.key());
        row.setStatusCategory(issue.statusCategory().name());
        row.setStoryPoints(issue.storyPoints());
    }

    /** When the link's issue was done, once the link copies {@code issue}: see {@link #copy}. */
    private static Long doneAt(InitiativeEntity row, IssueFacts issue, Instant now) {
        if (issue.statusCategory() != StatusCategory.DONE) {
            return null;
        }
        return StatusCategory.DONE.name().equals(row.getStatusCategory()) ? row.getDoneAt() : Long.valueOf(now.toEpochMilli());
    }

    private static Initiative toInitiative(InitiativeEntity row) {
        return new Initiative(row.getID(), row.getKeyResultId(), row.getIssueId(), row.getIssueKey(),
                Boolean.TRUE.equals(row.getContributes()), StatusCategory.valueOf(row.getStatusCategory()),
                row.getStoryPoints(), row.getLinkedBy(),
                row.getLinkedAt() == null ? null : Instant.ofEpochMilli(row.getLinkedAt()));
    }
}
