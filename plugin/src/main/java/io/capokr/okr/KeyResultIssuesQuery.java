package io.capokr.okr;

import java.util.List;
import java.util.Optional;

/**
 * The arguments of the JQL function {@code keyResultIssues()}, read as JQL hands them over (strings, quoted or not):
 * one all-digit argument names a key result by id, {@code keyResultIssues(123)}; any other single argument names a
 * cycle, {@code keyResultIssues("2027 Q1")}; two name a cycle and a project key, {@code keyResultIssues("2027 Q1",
 * "MKT")}. Digits win over a cycle of the same name, so that an id always means the same key result: a cycle named
 * only by digits is reached with its project, or through its key results.
 */
public sealed interface KeyResultIssuesQuery {

    /** The message key for a wrong number of arguments; it takes the number given. */
    String WRONG_ARGUMENTS = "capokr.jql.error.arguments";

    /** One key result; {@code id} empty when the digits do not fit an id (no key result has it). */
    record OfKeyResult(String text, Optional<Long> id) implements KeyResultIssuesQuery {
    }

    /** Every key result of a cycle, or of one project's objectives in it when {@code projectKey} is not null. */
    record OfCycle(String cycleName, String projectKey) implements KeyResultIssuesQuery {
    }

    /**
     * Reads the arguments; a wrong number of them is the only problem found here, as {@link FieldProblem} has it:
     * whether the names exist is for the caller, who can see the data.
     */
    static Parsed parse(List<String> arguments) {
        if (arguments.isEmpty() || arguments.size() > 2) {
            return new Parsed(null, FieldProblem.of("arguments", WRONG_ARGUMENTS, arguments.size()));
        }
        String first = arguments.get(0) == null ? "" : arguments.get(0).trim();
        if (arguments.size() == 2) {
            String project = arguments.get(1) == null ? "" : arguments.get(1).trim();
            return new Parsed(new OfCycle(first, project), null);
        }
        if (!first.isEmpty() && first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Parsed(new OfKeyResult(first, id(first)), null);
        }
        return new Parsed(new OfCycle(first, null), null);
    }

    private static Optional<Long> id(String digits) {
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Either a query or the problem with the arguments. */
    record Parsed(KeyResultIssuesQuery query, FieldProblem problem) {
    }
}
