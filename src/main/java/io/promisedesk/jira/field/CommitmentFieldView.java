package io.promisedesk.jira.field;

import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.InformedAddresses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template context of a Sales Commitment field: plain strings and booleans, texts already translated. The view
 * and column templates read the stored commitment from here; the edit template also reads Jira's {@code $value},
 * the map {@link CommitmentForm#shown()} gives.
 */
final class CommitmentFieldView {
    static final String VIEW = "templates/field/commitment-view.vm";
    static final String COLUMN = "templates/field/commitment-column.vm";
    static final String EDIT = "templates/field/commitment-edit.vm";

    private final FieldTexts texts;

    CommitmentFieldView(FieldTexts texts) {
        this.texts = texts;
    }

    /**
     * For the view and column templates: the issue's commitment, if it has one, and the e-mail addresses it keeps
     * informed, which only the view shows (to whoever sees the field, so who may browse the issue).
     */
    Map<String, Object> view(Optional<CommitmentDate> commitment, InformedAddresses informed) {
        Map<String, Object> context = new HashMap<>();
        context.put("hasCommitment", commitment.isPresent());
        context.put("commitmentDate", commitment.map(value -> value.day().toString()).orElse(""));
        context.put("hasCustomer", commitment.flatMap(CommitmentDate::customer).isPresent());
        context.put("customer", commitment.flatMap(CommitmentDate::customer).orElse(""));
        context.put("hasNote", commitment.flatMap(CommitmentDate::note).isPresent());
        context.put("note", commitment.flatMap(CommitmentDate::note).orElse(""));
        context.put("customerLabel", texts.text("promisedesk.field.commitment.customer"));
        context.put("noteLabel", texts.text("promisedesk.field.commitment.note"));
        context.put("unknownCustomer", texts.text("promisedesk.field.commitment.customer.unknown"));
        context.put("hasInformed", commitment.isPresent() && !informed.isEmpty());
        context.put("informed", informed.all().stream().map(address -> address.address().text()).toList());
        context.put("informedLabel", texts.text("promisedesk.field.commitment.informed"));
        return context;
    }

    /**
     * For the edit template: the field's input names and the labels, and for its hidden inputs the issue it is
     * rendered for and the commitment stored now, so that a save over one changed meanwhile is refused; and the
     * addresses the stored commitment keeps informed, one per line, to fill the addresses box and its hidden twin.
     *
     * @param issueId  the issue's id; empty on a new issue
     * @param stored   the issue's commitment as stored now
     * @param informed the addresses of the issue's stored commitment; none on a new issue
     */
    Map<String, Object> edit(String fieldId, Optional<Long> issueId, Optional<CommitmentDate> stored,
                             InformedAddresses informed) {
        Map<String, Object> context = new HashMap<>();
        context.put("fieldId", fieldId);
        context.put("customerInput", fieldId + ":" + CommitmentForm.CUSTOMER);
        context.put("noteInput", fieldId + ":" + CommitmentForm.NOTE);
        context.put("shownInput", fieldId + ":" + CommitmentForm.SHOWN);
        context.put("formInput", fieldId + ":" + CommitmentForm.FORM);
        context.put("issueInput", fieldId + ":" + CommitmentForm.ISSUE);
        context.put("expectedDateInput", fieldId + ":" + CommitmentForm.EXPECTED_DATE);
        context.put("expectedCustomerInput", fieldId + ":" + CommitmentForm.EXPECTED_CUSTOMER);
        context.put("addressesInput", fieldId + ":" + CommitmentForm.ADDRESSES);
        context.put("shownAddressesInput", fieldId + ":" + CommitmentForm.SHOWN_ADDRESSES);
        context.put("storedAddresses", informed.typed());
        context.put("addressesHint", texts.text("promisedesk.field.commitment.addresses.hint",
                List.of(InformedAddresses.MAX_COUNT)));
        context.put("addressesMaxLength", InformedAddresses.MAX_TYPED);
        context.put("issueId", issueId.map(String::valueOf).orElse(""));
        context.put("expectedDate", stored.map(value -> value.day().toString()).orElse(""));
        context.put("expectedCustomer", stored.flatMap(CommitmentDate::customer).orElse(""));
        context.put("labels", Map.of("date", texts.text("promisedesk.field.commitment.date"),
                "customer", texts.text("promisedesk.field.commitment.customer"),
                "note", texts.text("promisedesk.field.commitment.note"),
                "addresses", texts.text("promisedesk.commitment.addresses.label")));
        context.put("customerMaxLength", Customer.MAX_LENGTH);
        context.put("noteMaxLength", CommitmentDate.MAX_NOTE);
        return context;
    }
}
