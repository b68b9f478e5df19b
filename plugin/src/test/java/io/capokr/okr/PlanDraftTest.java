package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

public class PlanDraftTest {

    private static List<String> fields(PlanDraft draft) {
        return draft.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    public void aShortListOfPrioritiesIsFine() {
        PlanDraft draft = new PlanDraft(List.of(new PlanDraft.Item("  Win the mid-market  ", " lead "),
                new PlanDraft.Item("Cut churn", "")));
        assertEquals(List.of(), draft.problems());
        assertEquals(List.of(new PlanPriority("Win the mid-market", "lead"), new PlanPriority("Cut churn", null)),
                draft.toPriorities());
    }

    @Test
    public void anEmptyListClearsThePlan() {
        assertEquals(List.of(), new PlanDraft(List.of()).problems());
    }

    @Test
    public void theListIsRequired() {
        assertEquals(List.of("priorities"), fields(new PlanDraft(null)));
    }

    @Test
    public void problemsNameTheItem() {
        PlanDraft draft = new PlanDraft(Arrays.asList(new PlanDraft.Item("Fine", null), new PlanDraft.Item(" ", null),
                new PlanDraft.Item("x".repeat(256), "k".repeat(256)), null));
        assertEquals(List.of("priorities[1].title", "priorities[2].title", "priorities[2].ownerKey", "priorities[3].title"),
                fields(draft));
        assertEquals("capokr.error.tooLong", draft.problems().get(1).messageKey());
    }

    @Test
    public void aTitleOfExactly255IsFine() {
        assertEquals(List.of(), new PlanDraft(List.of(new PlanDraft.Item("x".repeat(255), null))).problems());
    }

    @Test
    public void atMostTenPriorities() {
        List<PlanDraft.Item> ten = new ArrayList<>(Collections.nCopies(10, new PlanDraft.Item("P", null)));
        assertEquals(List.of(), new PlanDraft(ten).problems());
        ten.add(new PlanDraft.Item("One too many", null));
        PlanDraft eleven = new PlanDraft(ten);
        assertEquals(List.of("priorities"), fields(eleven));
        assertEquals(List.of(10), eleven.problems().get(0).arguments());
    }

    @Test
    public void theEmptyPlanIsVersionZero() {
        Plan none = Plan.none(3, 10000);
        assertEquals(0, none.version());
        assertEquals(false, none.isWritten());
    }
}
