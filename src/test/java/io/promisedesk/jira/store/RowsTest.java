package io.promisedesk.jira.store;

import org.junit.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class RowsTest {

    @Test
    public void aReadDuringWhichTheVersionChanged_isReadAgain() {
        Deque<Long> versions = new ArrayDeque<>(List.of(1L, 2L, 2L, 2L));
        Deque<String> reads = new ArrayDeque<>(List.of("mixed", "whole"));

        String result = Rows.consistently(reads::pop, versions::pop);

        assertEquals("whole", result);
    }

    @Test
    public void aReadThatFailedWhileTheVersionChanged_isReadAgain() {
        Deque<Long> versions = new ArrayDeque<>(List.of(1L, 2L, 2L, 2L));
        int[] attempts = {0};

        String result = Rows.consistently(() -> {
            if (attempts[0]++ == 0) {
                throw new IllegalStateException("half of two saves");
            }
            return "whole";
        }, versions::pop);

        assertEquals("whole", result);
    }

    @Test
    public void aReadThatFailedWhileNothingChanged_isABugAndFails() {
        assertThrows(IllegalStateException.class, () -> Rows.consistently(() -> {
            throw new IllegalStateException("broken row");
        }, () -> 1L));
    }

    @Test
    public void nullValues_areLeftOutOfANewRow() {
        Map<String, Object> columns = Rows.columns("A", "x", "B", null);

        assertEquals(Map.of("A", "x"), columns);
    }
}
