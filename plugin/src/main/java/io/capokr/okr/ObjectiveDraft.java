package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;

/** An objective as someone typed it, before it is checked. Blank type means aspirational. */
public record ObjectiveDraft(String title, String description, String type) {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String TYPE = "type";
    public static final int TITLE_MAX = 255;
    public static final int DESCRIPTION_MAX = 10_000;

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.requireText(title, TITLE_MAX, TITLE, problems);
        FieldChecks.limit(description, DESCRIPTION_MAX, DESCRIPTION, problems);
        FieldChecks.choice(ObjectiveType.class, type, ObjectiveType.ASPIRATIONAL, TYPE, problems);
        return problems;
    }

    /**
     * What a {@code PUT} says of these fields ({@link Change}): one left out keeps its value; the title cannot be
     * cleared, a null description is empty and a null type aspirational, as on create.
     */
    public record Edit(Change<String> title, Change<String> description, Change<String> type) {

        public Edit {
            title = Change.orKeep(title);
            description = Change.orKeep(description);
            type = Change.orKeep(type);
        }

        public ObjectiveDraft over(Objective current) {
            return new ObjectiveDraft(title.over(current.title()), description.over(current.description()),
                    type.over(current.type().name()));
        }
    }

    /** This draft as an edit that gives every field: a whole replacement, nulls included. */
    public Edit asEdit() {
        return new Edit(Change.to(title), Change.to(description), Change.to(type));
    }

    public String cleanTitle() {
        return FieldChecks.strip(title);
    }

    public String cleanDescription() {
        return FieldChecks.strip(description);
    }

    /** Call only when {@link #problems()} is empty. */
    public ObjectiveType objectiveType() {
        return FieldChecks.choice(ObjectiveType.class, type, ObjectiveType.ASPIRATIONAL, TYPE, new ArrayList<>()).orElseThrow();
    }
}
