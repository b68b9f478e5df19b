package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class FieldProblemTest {

    @Test
    public void keepsItsArgumentsInOrder() {
        FieldProblem problem = FieldProblem.of("weight", "capokr.error.keyResult.weight", 1000, "x");

        assertEquals("weight", problem.field());
        assertEquals("capokr.error.keyResult.weight", problem.messageKey());
        assertEquals(List.of(1000, "x"), problem.arguments());
        assertEquals(List.of(), FieldProblem.of("title", "capokr.error.required").arguments());
    }

    @Test
    public void itsArgumentsCannotChangeAfterwards() {
        List<Object> arguments = new ArrayList<>(List.of(1));
        FieldProblem problem = new FieldProblem("f", "k", arguments);

        arguments.add(2);

        assertEquals(List.of(1), problem.arguments());
    }

    @Test(expected = UnsupportedOperationException.class)
    public void itsArgumentsAreReadOnly() {
        FieldProblem.of("f", "k", 1).arguments().add(2);
    }
}
