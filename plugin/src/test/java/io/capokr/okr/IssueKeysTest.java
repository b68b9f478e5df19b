package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class IssueKeysTest {

    @Test
    public void keysAreTrimmedUpperCasedAndKeptOnceInTheOrderGiven() {
        assertEquals(List.of("MKT-2", "MKT-1", "SALES-10"),
                List.copyOf(IssueKeys.normalised(Arrays.asList(" mkt-2", "MKT-1 ", null, "", "  ", "Mkt-2", "sales-10"))));
    }

    @Test
    public void noKeysAtAllIsAnEmptySet() {
        assertTrue(IssueKeys.normalised(null).isEmpty());
        assertTrue(IssueKeys.normalised(List.of(" ")).isEmpty());
    }

    @Test
    public void wellFormedKeysAreAProjectKeyADashAndANumberThatFitsALong() {
        assertTrue(IssueKeys.isWellFormed("MKT-1"));
        assertTrue(IssueKeys.isWellFormed("A_B2-123456789012345678"));
        assertFalse("19 digits overflow Jira's issue number", IssueKeys.isWellFormed("MKT-1234567890123456789"));
        assertFalse(IssueKeys.isWellFormed("MKT"));
        assertFalse(IssueKeys.isWellFormed("MKT-"));
        assertFalse(IssueKeys.isWellFormed("MKT-1a"));
        assertFalse(IssueKeys.isWellFormed("MK T-1"));
    }
}
