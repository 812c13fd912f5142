package io.promisedesk.work;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Hours;
import io.promisedesk.common.Require;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One issue of a team's queue as the engine sees it; remaining work is absent when nobody estimated it. */
public final class WorkItem {
    public static final int MAX_TEXT = 1_000;

    private final IssueKey key;
    private final String summary;
    private final String status;
    private final StatusCategory statusCategory;
    private final String assignee;
    private final String priority;
    private final Hours remaining;
    private final Commitment commitment;
    private final LocalDate eta;

    private WorkItem(Builder builder) {
        this.key = Require.present(builder.key, "key");
        this.summary = builder.summary == null ? "" : builder.summary;
        this.status = builder.status == null ? "" : builder.status;
        this.statusCategory = Require.present(builder.statusCategory, "statusCategory");
        this.assignee = builder.assignee;
        this.priority = builder.priority;
        this.remaining = builder.remaining;
        this.commitment = builder.commitment;
        this.eta = builder.eta;
    }

    public static Builder builder(IssueKey key, StatusCategory statusCategory) {
        return new Builder(key, statusCategory);
    }

    public IssueKey key() {
        return key;
    }

    public String summary() {
        return summary;
    }

    public String status() {
        return status;
    }

    public StatusCategory statusCategory() {
        return statusCategory;
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<String> priority() {
        return Optional.ofNullable(priority);
    }

    /** The estimate as entered; empty when the issue is unestimated. */
    public Optional<Hours> estimate() {
        return Optional.ofNullable(remaining);
    }

    public Optional<Commitment> commitment() {
        return Optional.ofNullable(commitment);
    }

    public Optional<LocalDate> eta() {
        return Optional.ofNullable(eta);
    }

    public boolean isResolved() {
        return statusCategory.isResolved();
    }

    /** Unresolved and nobody estimated it: the forecast guesses with the team's default. */
    public boolean isUnestimated() {
        return !isResolved() && remaining == null;
    }

    /** The work still to do: zero once resolved, the team's default while unestimated. */
    public Hours remainingWork(Hours defaultEstimate) {
        if (isResolved()) {
            return Hours.ZERO;
        }
        return remaining == null ? defaultEstimate : remaining;
    }

    /** Committed work is what the overcommit rule counts: unresolved and promised by a date. */
    public boolean isCommitted() {
        return !isResolved() && commitment != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkItem item && key.equals(item.key) && summary.equals(item.summary)
                && status.equals(item.status) && statusCategory == item.statusCategory
                && Objects.equals(assignee, item.assignee) && Objects.equals(priority, item.priority)
                && Objects.equals(remaining, item.remaining) && Objects.equals(commitment, item.commitment)
                && Objects.equals(eta, item.eta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, summary, status, statusCategory, assignee, priority, remaining, commitment, eta);
    }

    @Override
    public String toString() {
        return key + " " + statusCategory + " remaining=" + remaining + " commitment=" + commitment + " eta=" + eta;
    }

    /** Collects an item's fields; {@link #build()} checks them all at once. */
    public static final class Builder {
        private final IssueKey key;
        private final StatusCategory statusCategory;
        private String summary;
        private String status;
        private String assignee;
        private String priority;
        private Hours remaining;
        private Commitment commitment;
        private LocalDate eta;

        private Builder(IssueKey key, StatusCategory statusCategory) {
            this.key = key;
            this.statusCategory = statusCategory;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder assignee(String assignee) {
            this.assignee = assignee;
            return this;
        }

        public Builder priority(String priority) {
            this.priority = priority;
            return this;
        }

        /** Null marks the issue unestimated. */
        public Builder remaining(Hours remaining) {
            this.remaining = remaining;
            return this;
        }

        public Builder commitment(Commitment commitment) {
            this.commitment = commitment;
            return this;
        }

        public Builder eta(LocalDate eta) {
            this.eta = eta;
            return this;
        }

        public WorkItem build() {
            return new WorkItem(this);
        }
    }
}
