package io.promisedesk.digest;

import org.junit.Before;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What every {@link DigestPreferenceStore} does, whatever keeps the choices: run against each implementation. */
public abstract class DigestPreferenceStoreContract {
    protected DigestPreferenceStore store;

    protected abstract DigestPreferenceStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    @Test
    public void aSalespersonWhoNeverChose_getsTheDailyDigest() {
        assertEquals(DigestFrequency.DAILY, store.frequencyOf("sam"));
    }

    @Test
    public void aChoice_isKept_andALaterOneReplacesIt() {
        store.choose("sam", DigestFrequency.WEEKLY);
        assertEquals(DigestFrequency.WEEKLY, store.frequencyOf("sam"));

        store.choose("sam", DigestFrequency.DAILY);
        assertEquals(DigestFrequency.DAILY, store.frequencyOf("sam"));
    }

    @Test
    public void choicesOfTwoSalespeople_stayApart() {
        store.choose("sam", DigestFrequency.WEEKLY);

        assertEquals(DigestFrequency.DAILY, store.frequencyOf("kim"));
    }

    @Test
    public void aBlankUserOrNoFrequency_isRefused() {
        assertThrows(RuntimeException.class, () -> store.choose(" ", DigestFrequency.WEEKLY));
        assertThrows(RuntimeException.class, () -> store.choose("sam", null));
    }
}
