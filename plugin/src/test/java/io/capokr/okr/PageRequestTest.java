package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class PageRequestTest {

    @Test
    public void missingParametersTakeJirasDefaults() {
        assertEquals(new PageRequest(0, 50), PageRequest.parse(null, " "));
    }

    @Test
    public void maxResultsIsCappedAt200() {
        assertTrue(PageRequest.problems("0", "200").isEmpty());
        assertEquals("maxResults", PageRequest.problems("0", "201").get(0).field());
        assertEquals("maxResults", PageRequest.problems("0", "0").get(0).field());
    }

    @Test
    public void textThatIsNotANumberIsAProblemOfItsField() {
        List<FieldProblem> problems = PageRequest.problems("abc", "-1");

        assertEquals(List.of("startAt", "maxResults"), problems.stream().map(FieldProblem::field).toList());
    }

    @Test
    public void sliceStaysInsideTheList() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);

        assertEquals(List.of(3, 4), new PageRequest(2, 2).slice(all));
        assertEquals(List.of(5), new PageRequest(4, 50).slice(all));
        assertEquals(List.of(), new PageRequest(9, 50).slice(all));
        assertEquals(List.of(1, 2, 3, 4, 5), new PageRequest(0, Integer.MAX_VALUE).slice(all));
    }
}
