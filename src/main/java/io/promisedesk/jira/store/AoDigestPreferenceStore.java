package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestPreferenceStore;

import java.util.Objects;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps digest frequencies in Active Objects, one row per salesperson who chose. A choice replaces the row in one
 * transaction; of two first choices at once the unique user column lets one in, and the other is written after it.
 */
public final class AoDigestPreferenceStore implements DigestPreferenceStore {
    /** Two choices of one user at the same moment are rare; a second attempt lands after the first. */
    private static final int ATTEMPTS = 2;
    private static final String BY_USER = DigestPreferenceEntity.USER_NAME + " = ?";

    private final ActiveObjects ao;

    public AoDigestPreferenceStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public DigestFrequency frequencyOf(String user) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        return ao.executeInTransaction(() -> Rows.where(ao, DigestPreferenceEntity.class, BY_USER, user).stream()
                .findFirst()
                // A value no release wrote reads as the default rather than failing every digest of the user.
                .flatMap(row -> DigestFrequency.fromFormValue(row.getFrequency()))
                .orElse(DigestFrequency.DEFAULT));
    }

    @Override
    public void choose(String user, DigestFrequency frequency) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Require.present(frequency, "frequency");
        for (int attempt = 1; ; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    ao.deleteWithSQL(DigestPreferenceEntity.class, BY_USER, user);
                    return ao.create(DigestPreferenceEntity.class, columns(
                            DigestPreferenceEntity.USER_NAME, user,
                            DigestPreferenceEntity.FREQUENCY, frequency.formValue()));
                });
                return;
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }
}
