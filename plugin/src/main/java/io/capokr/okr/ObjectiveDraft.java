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
