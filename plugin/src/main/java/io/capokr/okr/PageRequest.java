package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;

/**
 * A window onto a list, the way Jira pages its REST lists: skip {@code startAt} items and return at
 * most {@code maxResults}. Parsed from query text so that "abc" is a field error, not a 404.
 */
public record PageRequest(int startAt, int maxResults) {

    public static final String START_AT = "startAt";
    public static final String MAX_RESULTS = "maxResults";
    public static final int DEFAULT_MAX_RESULTS = 50;
    public static final int MAX_MAX_RESULTS = 200;

    public static PageRequest first(int maxResults) {
        return new PageRequest(0, maxResults);
    }

    /** Problems with the given texts; empty when {@link #parse} will succeed. Missing values take defaults. */
    public static List<FieldProblem> problems(String startAt, String maxResults) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer start = parseInt(startAt, 0);
        if (start == null || start < 0) {
            problems.add(FieldProblem.of(START_AT, "capokr.error.page.startAt"));
        }
        Integer max = parseInt(maxResults, DEFAULT_MAX_RESULTS);
        if (max == null || max < 1 || max > MAX_MAX_RESULTS) {
            problems.add(FieldProblem.of(MAX_RESULTS, "capokr.error.page.maxResults", MAX_MAX_RESULTS));
        }
        return problems;
    }

    public static PageRequest parse(String startAt, String maxResults) {
        List<FieldProblem> problems = problems(startAt, maxResults);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid page: " + problems);
        }
        return new PageRequest(parseInt(startAt, 0), parseInt(maxResults, DEFAULT_MAX_RESULTS));
    }

    /** The part of {@code all} this page covers. */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(startAt, all.size());
        int to = (int) Math.min((long) from + maxResults, all.size());
        return all.subList(from, to);
    }

    private static Integer parseInt(String text, int whenMissing) {
        if (text == null || text.isBlank()) {
            return whenMissing;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
