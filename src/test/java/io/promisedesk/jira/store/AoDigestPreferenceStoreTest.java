package io.promisedesk.jira.store;

import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestPreferenceStore;
import io.promisedesk.digest.DigestPreferenceStoreContract;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/** The Active Objects preference store keeps the store contract, with one row per salesperson who chose. */
public class AoDigestPreferenceStoreTest extends DigestPreferenceStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected DigestPreferenceStore newStore() {
        return new AoDigestPreferenceStore(ao.jira());
    }

    @Test
    public void aChoice_isOneRowWithTheFormValue_andAnotherChoiceReplacesIt() {
        store.choose("sam", DigestFrequency.DAILY);
        store.choose("sam", DigestFrequency.WEEKLY);

        List<Map<String, Object>> rows = ao.rows(DigestPreferenceEntity.class);

        assertEquals(1, rows.size());
        assertEquals("sam", rows.get(0).get(DigestPreferenceEntity.USER_NAME));
        assertEquals("weekly", rows.get(0).get(DigestPreferenceEntity.FREQUENCY));
    }

    @Test
    public void anotherNodesFirstChoiceWrittenMeanwhile_isReplacedByThisOne() {
        ao.interruptNextWriteTo(DigestPreferenceEntity.class, () -> ao.committedInsert(DigestPreferenceEntity.class,
                Map.of(DigestPreferenceEntity.USER_NAME, "sam", DigestPreferenceEntity.FREQUENCY, "daily")));

        store.choose("sam", DigestFrequency.WEEKLY);

        assertEquals(DigestFrequency.WEEKLY, store.frequencyOf("sam"));
        assertEquals(1, ao.rows(DigestPreferenceEntity.class).size());
    }

    @Test
    public void aStoredValueNoReleaseWrote_readsAsTheDefault() {
        ao.committedInsert(DigestPreferenceEntity.class,
                Map.of(DigestPreferenceEntity.USER_NAME, "sam", DigestPreferenceEntity.FREQUENCY, "hourly"));

        assertEquals(DigestFrequency.DEFAULT, store.frequencyOf("sam"));
    }
}
