package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class StatusCategoryTest {

    @Test
    public void readsJirasCategoryKeys() {
        assertEquals(StatusCategory.TO_DO, StatusCategory.fromJiraKey("new"));
        assertEquals(StatusCategory.IN_PROGRESS, StatusCategory.fromJiraKey("indeterminate"));
        assertEquals(StatusCategory.DONE, StatusCategory.fromJiraKey("done"));
    }

    @Test
    public void everyCategoryReadsBackFromItsKey() {
        for (StatusCategory category : StatusCategory.values()) {
            assertEquals(category, StatusCategory.fromJiraKey(category.jiraKey()));
        }
    }

    @Test
    public void anUnknownOrMissingKeyCountsAsToDo() {
        assertEquals(StatusCategory.TO_DO, StatusCategory.fromJiraKey("undefined"));
        assertEquals(StatusCategory.TO_DO, StatusCategory.fromJiraKey("something-new"));
        assertEquals(StatusCategory.TO_DO, StatusCategory.fromJiraKey(""));
        assertEquals(StatusCategory.TO_DO, StatusCategory.fromJiraKey(null));
    }
}
