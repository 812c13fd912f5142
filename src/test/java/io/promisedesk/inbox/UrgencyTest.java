package io.promisedesk.inbox;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class UrgencyTest {

    @Test
    public void today_isMoreUrgentThanThisWeek() {
        assertEquals(Urgency.TODAY, Urgency.THIS_WEEK.moreUrgent(Urgency.TODAY));
    }

    @Test
    public void thisWeek_isMoreUrgentThanNoRush() {
        assertEquals(Urgency.THIS_WEEK, Urgency.NO_RUSH.moreUrgent(Urgency.THIS_WEEK));
    }
}
