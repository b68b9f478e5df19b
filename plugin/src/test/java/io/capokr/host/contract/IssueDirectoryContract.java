package io.capokr.host.contract;

import static io.capokr.host.contract.Scenario.ADMIN;
import static io.capokr.host.contract.Scenario.GHOST;
import static io.capokr.host.contract.Scenario.LEAD;
import static io.capokr.host.contract.Scenario.MEMBER;
import static io.capokr.host.contract.Scenario.MKT_1;
import static io.capokr.host.contract.Scenario.MKT_2;
import static io.capokr.host.contract.Scenario.MKT_3;
import static io.capokr.host.contract.Scenario.MKT_5;
import static io.capokr.host.contract.Scenario.MKT_6;
import static io.capokr.host.contract.Scenario.NO_SUCH_ISSUE_ID;
import static io.capokr.host.contract.Scenario.NO_SUCH_ISSUE_KEY;
import static io.capokr.host.contract.Scenario.OUTSIDER;
import static io.capokr.host.contract.Scenario.SALES_1;
import static io.capokr.host.contract.Scenario.SALES_2;
import static io.capokr.host.contract.Scenario.SALES_6;
import static io.capokr.host.contract.Scenario.byId;
import static io.capokr.host.contract.Scenario.byKey;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.capokr.host.IssueDirectory;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.UserRef;
import org.junit.Test;

/**
 * What every {@link IssueDirectory} promises, in the {@link Scenario}: the facts of the issues a viewer may see, in
 * bulk; unknown and hidden issues alike simply absent. Unless a test says otherwise the viewer is the caller, as when
 * a service asks for its caller.
 */
public abstract class IssueDirectoryContract {

    /** The implementation under test, in the scenario. */
    protected abstract IssueDirectory directory();

    /** Makes {@code userKeyOrNull} the caller (null: anonymous); an implementation that does not care ignores it. */
    protected abstract void logIn(String userKeyOrNull);

    @Test
    public void visibleIssuesComeWithTheirFactsByKey() {
        assertEquals(byKey(MKT_1, MKT_2, MKT_3, SALES_2),
                byKeys(MEMBER, "MKT-1", "MKT-2", "MKT-3", "SALES-2"));
    }

    @Test
    public void visibleIssuesComeWithTheirFactsById() {
        assertEquals(byId(MKT_1, MKT_2, MKT_3, SALES_2),
                byIds(MEMBER, MKT_1.id(), MKT_2.id(), MKT_3.id(), SALES_2.id()));
    }

    @Test
    public void factsCarryEachIssuesStatusCategoryStoryPointsAndProject() {
        for (IssueFacts expected : Scenario.ISSUES) {
            assertEquals(expected, byKeys(ADMIN, expected.key()).get(expected.key()));
            assertEquals(expected, byIds(ADMIN, expected.id()).get(expected.id()));
        }
    }

    @Test
    public void keysAreFoundWhateverTheirCaseOrSurroundingBlanksUnderTheUpperCaseKey() {
        Map<String, IssueFacts> found = byKeys(MEMBER, "mkt-2", " MKT-3 ", "Sales-1", "mkt-1", "MKT-1");

        assertEquals(byKey(MKT_1, MKT_2, MKT_3, SALES_1), found);
    }

    @Test
    public void unknownKeysAndIdsAreAbsent() {
        assertEquals(byKey(MKT_1), byKeys(ADMIN, "MKT-1", NO_SUCH_ISSUE_KEY, "NOPE-1", "not a key"));
        assertEquals(byId(MKT_1), byIds(ADMIN, MKT_1.id(), NO_SUCH_ISSUE_ID));
    }

    @Test
    public void nullEntriesAreIgnored() {
        assertEquals(byKey(MKT_1), byKeys(MEMBER, null, "MKT-1", null));
        assertEquals(byId(MKT_1), byIds(MEMBER, null, MKT_1.id(), null));
    }

    @Test
    public void askingForNothingFindsNothing() {
        assertTrue(byKeys(ADMIN).isEmpty());
        assertTrue(byIds(ADMIN).isEmpty());
    }

    @Test
    public void anIssueUnderIssueSecurityIsAbsentForThoseOutsideItsLevel() {
        assertEquals(byKey(MKT_5), byKeys(MEMBER, "MKT-5", "MKT-6"));
        assertEquals(byId(MKT_5), byIds(MEMBER, MKT_5.id(), MKT_6.id()));
        assertEquals(byKey(MKT_5), byKeys(OUTSIDER, "MKT-5", "MKT-6"));
        assertEquals(byKey(SALES_1), byKeys(MEMBER, "SALES-1", "SALES-6"));
        assertEquals(byId(SALES_1), byIds(MEMBER, SALES_1.id(), SALES_6.id()));
    }

    @Test
    public void anIssueUnderIssueSecurityIsPresentForThoseInItsLevel() {
        assertEquals(byKey(MKT_5, MKT_6), byKeys(LEAD, "MKT-5", "MKT-6"));
        assertEquals(byId(MKT_5, MKT_6), byIds(LEAD, MKT_5.id(), MKT_6.id()));
        assertEquals(byKey(MKT_6, SALES_6), byKeys(ADMIN, "MKT-6", "SALES-6"));
        assertEquals(byId(MKT_6, SALES_6), byIds(ADMIN, MKT_6.id(), SALES_6.id()));
    }

    @Test
    public void aProjectTheViewerCannotBrowseHidesItsIssues() {
        assertEquals(byKey(MKT_1), byKeys(OUTSIDER, "MKT-1", "SALES-1", "SALES-2"));
        assertEquals(byId(MKT_1), byIds(OUTSIDER, MKT_1.id(), SALES_1.id(), SALES_2.id()));
        assertEquals(byKey(MKT_1), byKeys(LEAD, "MKT-1", "SALES-1"));
    }

    @Test
    public void anUnknownViewerSeesNothing() {
        logIn(null);

        assertTrue(directory().visibleByKeys(List.of("MKT-1", "SALES-1"), GHOST).isEmpty());
        assertTrue(directory().visibleByIds(List.of(MKT_1.id(), SALES_1.id()), GHOST).isEmpty());
    }

    @Test
    public void theSystemReadsEveryExistingIssueWhateverItsSecurityAndWhoeverIsLoggedIn() {
        logIn(null);

        assertEquals(byId(MKT_1, MKT_6, SALES_6), directory().factsByIds(
                Arrays.asList(MKT_1.id(), null, MKT_6.id(), SALES_6.id(), NO_SUCH_ISSUE_ID)));
        assertTrue(directory().factsByIds(List.of()).isEmpty());
    }

    @Test
    public void theViewerNeedNotBeTheCallerAndSeesOnlyWhatTheyMaySee() {
        logIn(ADMIN.key());

        assertEquals(byKey(MKT_1), directory().visibleByKeys(List.of("MKT-1", "MKT-6", "SALES-6"), OUTSIDER));
        assertEquals(byId(MKT_1), directory().visibleByIds(List.of(MKT_1.id(), MKT_6.id(), SALES_6.id()), OUTSIDER));
    }

    /** As {@code viewer}, logged in. */
    private Map<String, IssueFacts> byKeys(UserRef viewer, String... keys) {
        logIn(viewer.key());
        return directory().visibleByKeys(Arrays.asList(keys), viewer);
    }

    private Map<Long, IssueFacts> byIds(UserRef viewer, Long... ids) {
        logIn(viewer.key());
        return directory().visibleByIds(Arrays.asList(ids), viewer);
    }
}
