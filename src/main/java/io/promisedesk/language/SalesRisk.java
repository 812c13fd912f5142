package io.promisedesk.language;

import io.promisedesk.common.Require;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.Level;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a commitment will be kept, in the words sales uses; the first rule that applies decides:
 * <ol>
 *     <li>{@code LATE} when the technicians' ETA or the team's forecast lies after the commitment date, or the team
 *     has no forecast because it cannot finish the issue within the horizon: a date someone stands behind already
 *     misses the promise, whatever the load says.</li>
 *     <li>{@code AT_RISK} when the load at the commitment date is {@link Level#WARNING} or
 *     {@link Level#OVERCOMMITTED}: the dates still fit, but the team has so little room that one slip or one new
 *     promise can break it.</li>
 *     <li>{@code ON_TRACK} otherwise.</li>
 * </ol>
 * An ETA on the commitment date itself is in time; a missing ETA leaves the forecast to judge alone.
 */
public enum SalesRisk {
    ON_TRACK("promisedesk.language.risk.onTrack", "promisedesk.language.sentence.onTrack"),
    AT_RISK("promisedesk.language.risk.atRisk", "promisedesk.language.sentence.atRisk"),
    LATE("promisedesk.language.risk.late", "promisedesk.language.sentence.late");

    private final String i18nKey;
    private final String sentenceKey;

    SalesRisk(String i18nKey, String sentenceKey) {
        this.i18nKey = i18nKey;
        this.sentenceKey = sentenceKey;
    }

    /**
     * The risk of a commitment on {@code commitment}; an empty {@code forecast} means, as in the engine, that the
     * team cannot finish the issue within the horizon.
     */
    public static SalesRisk of(Level level, LocalDate commitment, Optional<LocalDate> eta, Optional<LocalDate> forecast) {
        Require.present(level, "level");
        Require.present(commitment, "commitment");
        boolean etaLate = eta.map(date -> date.isAfter(commitment)).orElse(false);
        boolean forecastLate = forecast.map(date -> date.isAfter(commitment)).orElse(true);
        if (etaLate || forecastLate) {
            return LATE;
        }
        return level.isAtRisk() ? AT_RISK : ON_TRACK;
    }

    /** The risk of the engine's verdict on one committed issue. */
    public static SalesRisk of(IssueVerdict verdict) {
        return of(verdict.level(), verdict.commitmentDate(), verdict.item().eta(), verdict.forecast());
    }

    /** The key of the risk's short name, for a label. */
    public String i18nKey() {
        return i18nKey;
    }

    public Message message() {
        return Message.of(i18nKey);
    }

    /** The sentence that closes a sales sentence about a commitment with this risk. */
    public Message sentence() {
        return Message.of(sentenceKey);
    }
}
