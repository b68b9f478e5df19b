package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan as a request gives it: the whole ordered list of priorities, which replaces the previous one. A plan is
 * meant to be short (a team that names more than {@value #MAX_PRIORITIES} priorities has none), each priority a
 * line of text that fits its column. Problems name the item, e.g. {@code priorities[2].title} (counted from 0).
 */
public record PlanDraft(List<Item> priorities) {

    public static final String FIELD = "priorities";
    public static final int MAX_PRIORITIES = 10;
    public static final int MAX_TITLE = 255;
    static final int MAX_OWNER_KEY = 255;

    /** One row as typed: {@code ownerKey} blank or null means nobody owns it yet. */
    public record Item(String title, String ownerKey) {
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (priorities == null) {
            problems.add(FieldProblem.of(FIELD, "capokr.error.required"));
            return problems;
        }
        if (priorities.size() > MAX_PRIORITIES) {
            problems.add(FieldProblem.of(FIELD, "capokr.plan.error.tooMany", MAX_PRIORITIES));
        }
        for (int i = 0; i < priorities.size(); i++) {
            Item item = priorities.get(i);
            if (item == null) {
                problems.add(FieldProblem.of(field(i, "title"), "capokr.error.required"));
                continue;
            }
            FieldChecks.requireText(item.title(), MAX_TITLE, field(i, "title"), problems);
            FieldChecks.limitColumn(item.ownerKey(), MAX_OWNER_KEY, field(i, "ownerKey"), problems);
        }
        return problems;
    }

    /** The priorities, trimmed, an owner left blank as none. Call only when {@link #problems()} is empty. */
    public List<PlanPriority> toPriorities() {
        return priorities.stream().map(item -> {
            String owner = FieldChecks.strip(item.ownerKey());
            return new PlanPriority(FieldChecks.strip(item.title()), owner.isEmpty() ? null : owner);
        }).toList();
    }

    /** The field name of one item's part, as errors name it: {@code priorities[2].title}. */
    public static String field(int index, String part) {
        return FIELD + "[" + index + "]." + part;
    }
}
