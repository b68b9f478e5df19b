package io.capokr.sandbox.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little JQL the sandbox's sample search understands: exactly one clause, {@code issue in keyResultIssues(...)},
 * as Jira's search would receive it, so that tests and demos can call the plugin's JQL function without Jira.
 * <p>
 * Accepted: the field {@code issue}, the operator {@code in}, the function name (keywords and name in any case, any
 * spacing), and zero or more comma-separated arguments, each a double-quoted string ({@code "2027 Q1"}), a
 * single-quoted one ({@code '2027 Q1'}) or a bare word of letters, digits, {@code _ . -} ({@code 123}, {@code MKT}).
 * No escapes inside quotes, no other field, operator, function, {@code AND}/{@code OR} or {@code ORDER BY}: anything
 * else is refused as unsupported, never half-understood. How many arguments there are is the function's business.
 */
final class SampleJql {

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*issue\\s+in\\s+keyResultIssues\\s*\\((.*)\\)\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile(
            "\\s*(?:\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_.\\-]+))\\s*");

    private SampleJql() {
    }

    /** The function's arguments, or empty when the query is not the one clause understood here. */
    static Optional<List<String>> keyResultIssuesArguments(String jql) {
        Matcher clause = CLAUSE.matcher(jql);
        if (!clause.matches()) {
            return Optional.empty();
        }
        String inside = clause.group(1);
        List<String> arguments = new ArrayList<>();
        if (inside.isBlank()) {
            return Optional.of(arguments);
        }
        Matcher argument = ARGUMENT.matcher(inside);
        int at = 0;
        while (true) {
            argument.region(at, inside.length());
            if (!argument.lookingAt()) {
                return Optional.empty();
            }
            arguments.add(argument.group(1) != null ? argument.group(1)
                    : argument.group(2) != null ? argument.group(2) : argument.group(3));
            at = argument.end();
            if (at == inside.length()) {
                return Optional.of(arguments);
            }
            if (inside.charAt(at) != ',') {
                return Optional.empty();
            }
            at++;
        }
    }
}
