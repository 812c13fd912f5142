package io.promisedesk.work;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class StatusCategoryTest {

    @Test
    public void jiraKeys_mapToTheirCategories() {
        StatusCategory todo = StatusCategory.fromJiraKey("new");
        StatusCategory inProgress = StatusCategory.fromJiraKey("indeterminate");
        StatusCategory done = StatusCategory.fromJiraKey("done");

        assertEquals(StatusCategory.NEW, todo);
        assertEquals(StatusCategory.IN_PROGRESS, inProgress);
        assertEquals(StatusCategory.DONE, done);
    }

    @Test
    public void unknownJiraKey_isRejectedNamingTheValue() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> StatusCategory.fromJiraKey("Done"));

        assertEquals("statusCategory: must be one of new, indeterminate, done, was \"Done\"", error.getMessage());
    }

    @Test
    public void missingJiraKey_isRejectedAsRequired() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> StatusCategory.fromJiraKey(null));

        assertEquals("statusCategory: is required", error.getMessage());
    }

    @Test
    public void onlyDone_isResolved() {
        boolean newResolved = StatusCategory.NEW.isResolved();
        boolean inProgressResolved = StatusCategory.IN_PROGRESS.isResolved();
        boolean doneResolved = StatusCategory.DONE.isResolved();

        assertFalse(newResolved);
        assertFalse(inProgressResolved);
        assertTrue(doneResolved);
    }
}
