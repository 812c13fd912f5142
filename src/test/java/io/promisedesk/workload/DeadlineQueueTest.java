package io.promisedesk.workload;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class DeadlineQueueTest {

    /** The rule the queue must follow, written the plain way: commitment date, then issue key. */
    private static final Comparator<WorkItem> EARLIEST_DEADLINE_FIRST = Comparator
            .comparing((WorkItem item) -> item.commitment().orElseThrow().date())
            .thenComparing(WorkItem::key);

    @Test
    public void sameDay_ordersByProjectNameThenIssueNumberNumerically() {
        List<WorkItem> items = List.of(issue("ZED-1", "2026-03-06"), issue("OPS-10", "2026-03-06"),
                issue("OPS-9", "2026-03-06"), issue("ABC-300", "2026-03-06"));

        assertEquals(List.of("ABC-300", "OPS-9", "OPS-10", "ZED-1"), keys(DeadlineQueue.of(items)));
    }

    @Test
    public void earlierDay_comesFirstWhateverItsKey() {
        List<WorkItem> items = List.of(issue("AAA-1", "2026-03-20"), issue("ZZZ-99", "2026-03-06"));

        DeadlineQueue queue = DeadlineQueue.of(items);

        assertEquals(List.of("ZZZ-99", "AAA-1"), keys(queue));
        assertEquals(LocalDate.parse("2026-03-06").toEpochDay(), queue.dueDay(0));
    }

    @Test
    public void uncommittedItems_areLeftOut() {
        List<WorkItem> items = List.of(anIssue("OPS-1").build(), issue("OPS-2", "2026-03-06"));

        assertEquals(List.of("OPS-2"), keys(DeadlineQueue.of(items)));
    }

    @Test
    public void aKeyThereTwice_isRefused() {
        List<WorkItem> items = List.of(issue("OPS-1", "2026-03-06"), issue("OPS-1", "2026-03-20"));

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> DeadlineQueue.of(items));

        assertEquals("promisedesk.error.issueKey.duplicate", refused.i18nKey());
    }

    @Test
    public void randomTeams_followTheRule_whenTheirKeysPack() {
        Random random = new Random(20261207);
        for (int team = 0; team < 50; team++) {
            List<WorkItem> items = randomItems(random, 1 + random.nextInt(2_000), 1_000_000);
            assertNotNull("these keys fit in one long", DeadlineQueue.PackedOrder.of(array(items), days(items)));

            assertFollowsTheRule(items, DeadlineQueue.of(items));
        }
    }

    @Test
    public void issueNumbersTooLargeToPack_areSortedAsObjectsInTheSameOrder() {
        Random random = new Random(7);
        List<WorkItem> items = randomItems(random, 500, 1_000);
        items.add(issue("OPS-" + 999_999_999_999_999_999L, "2026-03-06"));
        assertNull("a number of 60 bits leaves no room", DeadlineQueue.PackedOrder.of(array(items), days(items)));

        assertFollowsTheRule(items, DeadlineQueue.of(items));
    }

    @Test
    public void datesBeforeTheEpochAndFarApart_stillFollowTheRule() {
        List<WorkItem> items = List.of(issue("OPS-3", "2226-01-01"), issue("OPS-2", "1901-05-05"),
                issue("OPS-1", "1901-05-05"));

        assertEquals(List.of("OPS-1", "OPS-2", "OPS-3"), keys(DeadlineQueue.of(items)));
    }

    @Test
    public void keys_findEachCommittedItemsPlace_andNoPlaceForTheOthers() {
        List<WorkItem> items = List.of(issue("OPS-3", "2026-03-20"), anIssue("OPS-2").build(),
                issue("OPS-1", "2026-03-06"));

        KeyTable keys = DeadlineQueue.of(items).keys();

        assertEquals(0, keys.positionOf(IssueKey.parse("OPS-1")));
        assertEquals(1, keys.positionOf(IssueKey.parse("OPS-3")));
        assertEquals(-1, keys.positionOf(IssueKey.parse("OPS-2")));
        assertEquals(-1, keys.positionOf(IssueKey.parse("OPS-4")));
    }

    @Test
    public void emptyTeam_isAnEmptyQueue() {
        assertEquals(0, DeadlineQueue.of(List.of()).size());
    }

    /** Negative control: the check that the random tests rely on rejects a queue out of order. */
    @Test
    public void theRuleCheck_rejectsAQueueOutOfOrder() {
        List<WorkItem> items = List.of(issue("OPS-2", "2026-03-06"), issue("OPS-1", "2026-03-06"),
                issue("OPS-3", "2026-03-05"));

        assertThrows(AssertionError.class, () -> assertFollowsTheRule(items, items));
        assertFollowsTheRule(items, List.of(items.get(2), items.get(1), items.get(0)));
    }

    private static void assertFollowsTheRule(List<WorkItem> items, DeadlineQueue queue) {
        List<WorkItem> queued = new ArrayList<>();
        for (int i = 0; i < queue.size(); i++) {
            queued.add(queue.item(i));
            assertEquals(queue.item(i).commitment().orElseThrow().date().toEpochDay(), queue.dueDay(i));
        }
        assertFollowsTheRule(items, queued);
    }

    private static void assertFollowsTheRule(List<WorkItem> items, List<WorkItem> queued) {
        List<WorkItem> expected = new ArrayList<>(items);
        expected.removeIf(item -> !item.isCommitted());
        expected.sort(EARLIEST_DEADLINE_FIRST);
        assertEquals(expected, queued);
    }

    private static List<WorkItem> randomItems(Random random, int count, int numbers) {
        String[] projects = {"OPS", "OP", "OPSX", "A", "Z9", "B_1"};
        List<WorkItem> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (items.size() < count) {
            String key = projects[random.nextInt(projects.length)] + "-" + (1 + random.nextInt(numbers));
            if (keys.add(key)) {
                items.add(random.nextInt(10) == 0 ? anIssue(key).build()
                        : issue(key, LocalDate.of(2026, 3, 1).plusDays(random.nextInt(120)).toString()));
            }
        }
        return items;
    }

    private static WorkItem[] array(List<WorkItem> items) {
        return items.stream().filter(WorkItem::isCommitted).toArray(WorkItem[]::new);
    }

    private static long[] days(List<WorkItem> items) {
        return items.stream().filter(WorkItem::isCommitted)
                .mapToLong(item -> item.commitment().orElseThrow().date().toEpochDay()).toArray();
    }

    private static WorkItem issue(String key, String date) {
        return anIssue(key).committedTo(date).remaining(1).build();
    }

    private static List<String> keys(DeadlineQueue queue) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < queue.size(); i++) {
            keys.add(queue.item(i).key().toString());
        }
        return keys;
    }
}
