package io.promisedesk.health;

import java.util.Collection;
import java.util.Locale;

/** How one line of the health check came out: all well, worth a look, or broken; ordered from best to worst. */
public enum Verdict {
    GREEN,
    AMBER,
    RED;

    /** The worse of the two. */
    public Verdict worse(Verdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /** The worst of {@code verdicts}; green when there are none. */
    public static Verdict worst(Collection<Verdict> verdicts) {
        return verdicts.stream().reduce(GREEN, Verdict::worse);
    }

    /** The lower-case name pages and JSON use: {@code green}, {@code amber}, {@code red}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The i18n key of the word a person reads for it. */
    public String wordKey() {
        return "promisedesk.health.verdict." + id();
    }
}
