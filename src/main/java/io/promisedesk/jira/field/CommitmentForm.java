package io.promisedesk.jira.field;

import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.PlanningHorizon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a Sales Commitment field received: from its edit form (the day in the input named like the field, the
 * customer and note in {@code :customer} and {@code :note}, the hidden day the form was shown with in {@code :shown},
 * the hidden commitment stored when it was rendered in {@code :expectedDate} and {@code :expectedCustomer}, the hidden
 * issue it was rendered for in {@code :issue}, the e-mail addresses to keep informed in {@code :addresses} with the
 * hidden addresses the form showed in {@code :shownAddresses}, and the hidden {@code :form} marker), or one text from
 * an issue, a default value or Jira's REST API, which name no addresses and so keep the stored ones.
 */
final class CommitmentForm {
    static final String CUSTOMER = "customer";
    static final String NOTE = "note";
    static final String SHOWN = "shown";
    static final String EXPECTED_DATE = "expectedDate";
    static final String EXPECTED_CUSTOMER = "expectedCustomer";
    static final String ISSUE = "issue";
    /** The addresses typed, as the sales form takes them: separated by commas, semicolons, spaces or lines. */
    static final String ADDRESSES = "addresses";
    /** The addresses the form was rendered with: a change against them is what the form sets. */
    static final String SHOWN_ADDRESSES = "shownAddresses";
    /** Posted by our edit form only, so that rules for people typing apply to forms and not to imports. */
    static final String FORM = "form";
    /**
     * The id of the issue Jira validates the value for, which Jira adds to the parameters of an existing issue since
     * 6.2.2 ({@code CustomFieldImpl.getParamKeyIssueId()}; docs/jira-api-surface.md). Not one of our inputs.
     */
    static final String JIRA_ISSUE_ID = "com.atlassian.jira.internal.issue_id";

    private final FieldParams params;
    private final FieldDates dates;
    private final Supplier<Locale> editorLanguage;

    /** @param editorLanguage the editor's language, which new addresses get their digests in when Promise Desk speaks it */
    CommitmentForm(FieldParams params, FieldDates dates, Supplier<Locale> editorLanguage) {
        this.params = params;
        this.dates = dates;
        this.editorLanguage = editorLanguage;
    }

    private boolean fromForm() {
        return params.has(FORM);
    }

    /**
     * The values to show in the edit form: what was typed when the form comes back refused (with {@code form} set,
     * and the addresses as typed), else the stored value, whose addresses the template takes from the store.
     */
    Map<String, String> shown() {
        if (fromForm()) {
            return Map.of("date", mainText(), CUSTOMER, params.text(CUSTOMER).orElse(""),
                    NOTE, params.text(NOTE).orElse(""), SHOWN, params.text(SHOWN).orElse(""), FORM, "1",
                    ADDRESSES, params.text(ADDRESSES).orElse(""),
                    SHOWN_ADDRESSES, params.text(SHOWN_ADDRESSES).orElse(""));
        }
        try {
            return value().map(commitment -> Map.of("date", commitment.day().toString(),
                            CUSTOMER, commitment.customer().orElse(""), NOTE, commitment.note().orElse(""),
                            SHOWN, commitment.day().toString()))
                    .orElse(Map.of("date", "", CUSTOMER, "", NOTE, "", SHOWN, ""));
        } catch (InvalidValueException unreadable) {
            return Map.of("date", mainText(), CUSTOMER, "", NOTE, "", SHOWN, "");
        }
    }

    /** The commitment received; empty when cleared. */
    Optional<CommitmentDate> value() {
        Optional<Object> main = params.main();
        if (main.isPresent() && main.get() instanceof CommitmentDate commitment) {
            return Optional.of(commitment);
        }
        if (main.isPresent() && main.get() instanceof Date date) {
            return Optional.of(new CommitmentDate(dates.day(date), Optional.empty(), Optional.empty(), dates));
        }
        if (!fromForm()) {
            return CommitmentText.decode(mainText(), dates);
        }
        Optional<String> customer = params.text(CUSTOMER).filter(text -> !text.isBlank());
        Optional<String> note = params.text(NOTE).filter(text -> !text.isBlank());
        return FieldDates.parse("commitment", mainText().lines().findFirst().orElse(""))
                .map(day -> new CommitmentDate(day, customer, note, changedAddresses(), dates))
                .or(() -> {
                    if (customer.isPresent() || note.isPresent()) {
                        throw new InvalidValueException("commitment", "promisedesk.field.commitment.error.date",
                                "is required with a customer or a note");
                    }
                    return Optional.empty();
                });
    }

    /**
     * Why the form cannot be saved, if it cannot. A promise typed by a person names the customer, and a day newly
     * promised must not have passed ({@link io.promisedesk.commitment.Commitment#make}); a day left as the form
     * showed it may have passed since. No day, from the form or from Jira's own REST API and imports, may lie beyond
     * the {@link PlanningHorizon}: a day once within it stays within it, so this refuses nothing saved before.
     */
    Optional<FieldProblem> problem(LocalDate today) {
        try {
            Optional<CommitmentDate> commitment = value();
            if (commitment.isEmpty()) {
                return Optional.empty();
            }
            LocalDate day = commitment.get().day();
            PlanningHorizon.require(day, today, "commitment");
            if (!fromForm()) {
                return Optional.empty();
            }
            boolean newDay = !FieldDates.parse(SHOWN, params.text(SHOWN).orElse("")).equals(Optional.of(day));
            if (newDay && day.isBefore(today)) {
                return Optional.of(new FieldProblem("promisedesk.error.commitment.past",
                        List.of(day.toString(), today.toString())));
            }
            if (commitment.get().customer().isEmpty()) {
                return Optional.of(new FieldProblem("promisedesk.field.commitment.error.customer", List.of()));
            }
            return Optional.empty();
        } catch (InvalidValueException invalid) {
            return Optional.of(FieldProblem.of(invalid));
        }
    }

    /**
     * Why the addresses typed cannot be kept informed: each newly named one must be at a domain the administrator
     * allows now, while those the issue's commitment names already ({@code kept}) stay
     * ({@link InformedAddresses#requireAllowed}, the sales form's rule). Only a change of addresses is judged; a
     * malformed address or too many are {@link #problem}'s.
     */
    Optional<FieldProblem> addressProblem(Supplier<AllowedEmailDomains> allowed, Supplier<InformedAddresses> kept) {
        try {
            // Read only for a change of addresses: the kept ones cost a read of the issue and of the store.
            value().flatMap(CommitmentDate::typedAddresses)
                    .ifPresent(typed -> typed.requireAllowed(allowed.get(), kept.get()));
            return Optional.empty();
        } catch (InvalidValueException invalid) {
            return Optional.of(FieldProblem.of(invalid));
        }
    }

    /** The issue Jira validates this submission for, whatever form it came from; empty on a new issue. */
    Optional<Long> validatedIssue() {
        try {
            return params.text(JIRA_ISSUE_ID).map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The addresses typed on our form when they are not the ones it showed (an emptied box, which Jira does not
     * post, names none); empty when they were left as shown. Hidden addresses that cannot be read count as changed.
     */
    private Optional<InformedAddresses> changedAddresses() {
        Optional<String> box = params.text(ADDRESSES).filter(text -> !text.isBlank());
        // The editor's language only matters, and is only asked for, when addresses were typed.
        InformedAddresses typed = box.isEmpty() ? InformedAddresses.none() : InformedAddresses.parse(box, language());
        Optional<InformedAddresses> shown;
        try {
            shown = Optional.of(InformedAddresses.parse(params.text(SHOWN_ADDRESSES), Locale.ENGLISH));
        } catch (InvalidValueException unreadable) {
            shown = Optional.empty();
        }
        return shown.filter(typed::sameAddressesAs).isPresent() ? Optional.empty() : Optional.of(typed);
    }

    /** The editor's language when Promise Desk writes in it, else English. */
    private Locale language() {
        Locale wanted = editorLanguage.get();
        return InformedAddress.LANGUAGES.stream()
                .filter(known -> wanted != null && known.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }

    /**
     * The issue whose stored commitment this submission must still find, when it came from our form rendered for the
     * very issue Jira validates it for: a bulk edit renders one form for the first of its issues and validates it for
     * each, and a new issue has nothing to overwrite.
     */
    Optional<Long> issueToCheck() {
        Optional<String> renderedFor = params.text(ISSUE).map(String::strip);
        if (!fromForm() || renderedFor.isEmpty() || !renderedFor.equals(params.text(JIRA_ISSUE_ID).map(String::strip))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(renderedFor.get()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * Why the submission is refused as stale: the commitment stored when the form was rendered is not the issue's
     * {@code current} one ({@link CommitmentStale#unlessSeen}); a hidden value that cannot be read was not seen either.
     */
    Optional<FieldProblem> stale(Optional<CommitmentDate> current) {
        Optional<Commitment> now = current.map(CommitmentDate::commitment);
        return expected().map(seen -> CommitmentStale.unlessSeen(seen, now))
                .orElseGet(() -> Optional.of(new CommitmentStale(now)))
                .map(CommitmentForm::staleProblem);
    }

    /** The hidden commitment: empty inside when the form was rendered without one; empty when unreadable. */
    private Optional<Optional<Commitment>> expected() {
        Optional<String> day = params.text(EXPECTED_DATE).map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> customer = params.text(EXPECTED_CUSTOMER).filter(text -> !text.isBlank());
        if (day.isEmpty()) {
            return customer.isEmpty() ? Optional.of(Optional.empty()) : Optional.empty();
        }
        try {
            return Optional.of(Optional.of(Commitment.of(LocalDate.parse(day.get()), customer.orElse(null))));
        } catch (DateTimeParseException | InvalidValueException unreadable) {
            return Optional.empty();
        }
    }

    /** The refusal in the field's words, naming the commitment stored now as the field shows days: ISO. */
    private static FieldProblem staleProblem(CommitmentStale stale) {
        return stale.current()
                .map(commitment -> commitment.customerIfKnown()
                        .map(customer -> new FieldProblem("promisedesk.field.commitment.stale",
                                List.of(commitment.date().toString(), customer.name())))
                        .orElseGet(() -> new FieldProblem("promisedesk.field.commitment.stale.unknownCustomer",
                                List.of(commitment.date().toString()))))
                .orElseGet(() -> new FieldProblem("promisedesk.field.commitment.stale.none", List.of()));
    }

    private String mainText() {
        return params.main().map(Object::toString).orElse("");
    }
}
