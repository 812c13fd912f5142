package io.promisedesk.digest;

/** Where each salesperson's choice of digest frequency is kept. */
public interface DigestPreferenceStore {

    /** The user's choice, or {@link DigestFrequency#DEFAULT} when they never chose. */
    DigestFrequency frequencyOf(String user);

    /** Keeps the user's choice; a later choice replaces it. */
    void choose(String user, DigestFrequency frequency);
}
