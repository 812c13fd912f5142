package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps digest frequencies in memory, for tests and the local workbench; safe to share between threads. */
public final class InMemoryDigestPreferenceStore implements DigestPreferenceStore {
    private final Map<String, DigestFrequency> choices = new ConcurrentHashMap<>();

    @Override
    public DigestFrequency frequencyOf(String user) {
        return choices.getOrDefault(Require.notBlank(user, "user", Require.USER_NAME_LENGTH), DigestFrequency.DEFAULT);
    }

    @Override
    public void choose(String user, DigestFrequency frequency) {
        choices.put(Require.notBlank(user, "user", Require.USER_NAME_LENGTH), Require.present(frequency, "frequency"));
    }
}
