package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class OrderingTest {

    private static final List<Long> EXISTING = List.of(1L, 2L, 3L);

    @Test
    public void aNewOrderOfTheSameItemsIsAccepted() {
        assertTrue(Ordering.problems(EXISTING, List.of(3L, 1L, 2L)).isEmpty());
        assertTrue(Ordering.problems(List.of(), List.of()).isEmpty());
    }

    @Test
    public void anOrderThatDropsRepeatsOrAddsAnItemIsRefusedOnIds() {
        List<FieldProblem> expected = List.of(FieldProblem.of("ids", "capokr.error.order"));

        assertEquals("dropped", expected, Ordering.problems(EXISTING, List.of(3L, 1L)));
        assertEquals("repeated", expected, Ordering.problems(EXISTING, List.of(3L, 1L, 1L)));
        assertEquals("repeated in place of another", expected, Ordering.problems(EXISTING, List.of(1L, 1L, 2L)));
        assertEquals("foreign", expected, Ordering.problems(EXISTING, List.of(3L, 1L, 4L)));
        assertEquals("added", expected, Ordering.problems(EXISTING, List.of(1L, 2L, 3L, 4L)));
    }
}
