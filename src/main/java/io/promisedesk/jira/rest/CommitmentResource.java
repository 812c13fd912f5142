package io.promisedesk.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.access.Access;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentOutcome;
import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.sales.SalesIssue;
import io.promisedesk.sales.SalesIssues;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.PromiseOutcome;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /rest/promise-desk/1.0/issue/{key}/commitment}: sets an issue's commitment for sales, as the sales view's
 * form does, and is refused when someone else changed it since the caller read it. An issue the caller may not browse
 * is answered exactly as one that does not exist.
 */
@Path("/issue/{key}/commitment")
public class CommitmentResource {
    static final String DATE = "date";
    static final String CUSTOMER = "customer";
    static final String NOTE = "note";
    static final String EXPECTED = "expectedCurrent";
    static final String INFORMED = "informed";

    private final Access access;
    private final TeamDirectory directory;
    private final SalesIssues issues;
    private final SetCommitment setCommitment;

    @Inject
    public CommitmentResource(Access access, TeamDirectory directory, TeamSnapshots snapshots, WorkItemSource work,
                              SetCommitment setCommitment) {
        this.access = Require.present(access, "access");
        this.directory = Require.present(directory, "directory");
        this.issues = new SalesIssues(directory, snapshots, work);
        this.setCommitment = Require.present(setCommitment, "setCommitment");
    }

    /**
     * Sets the commitment from {@code {"date", "customer", "note"?, "expectedCurrent": {"date", "customer"} or null}}
     * (JSON only, as every write of ours). 200 with the saved commitment and the team's answer for its date; 400 with
     * field errors; 401; 403 for anyone but the sales groups and Jira administrators; 404 for a missing or hidden
     * issue, or one of no team; 409 when someone else changed the commitment since, with the current one.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response set(@PathParam("key") String key, String json,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<String> user = access.user();
        if (user.isEmpty()) {
            return RestAnswers.loginNeeded(acceptLanguage);
        }
        if (!access.isSales() && !access.isAdministrator()) {
            return RestAnswers.refused(Response.Status.FORBIDDEN, "user", Message.of("promisedesk.rest.error.sales"),
                    acceptLanguage);
        }
        Optional<IssueKey> issue = browsable(key);
        if (issue.isEmpty()) {
            return RestAnswers.noSuchIssue("issue", String.valueOf(key), acceptLanguage);
        }
        if (directory.teamOf(issue.get()).flatMap(directory::team).isEmpty()) {
            return RestAnswers.refused(Response.Status.NOT_FOUND, "issue",
                    Message.of("promisedesk.rest.error.noTeam", issue.get().toString()), acceptLanguage);
        }
        Optional<SalesIssue> subject = issues.find(issue.get());
        if (subject.isEmpty()) {
            return RestAnswers.noSuchIssue("issue", issue.get().toString(), acceptLanguage);
        }
        RequestBody body = RequestBody.parse(json);
        if (body.hasErrors()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        Optional<SetCommitmentCommand> command = command(body, subject.get(), user.get());
        if (command.isEmpty()) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, body.errors(), Map.of(), acceptLanguage);
        }
        CommitmentOutcome outcome;
        try {
            outcome = setCommitment.set(command.get());
        } catch (InvalidValueException invalid) {
            return RestAnswers.refused(Response.Status.BAD_REQUEST, fieldOf(invalid), Message.ofError(invalid),
                    acceptLanguage);
        }
        if (outcome instanceof CommitmentStale stale) {
            Map<String, Object> current = new LinkedHashMap<>();
            current.put("current", stale.current().map(CommitmentResource::commitmentJson).orElse(null));
            return RestAnswers.refused(Response.Status.CONFLICT, Map.of(EXPECTED, Message.of(stale.i18nKey())), current,
                    acceptLanguage);
        }
        return RestAnswers.ok(savedJson((CommitmentSaved) outcome, command.get().expected()));
    }

    /** The command the body asks for; empty, with the body's errors, when a member is missing or unreadable. */
    private static Optional<SetCommitmentCommand> command(RequestBody body, SalesIssue subject, String user) {
        Optional<LocalDate> date = body.date(DATE);
        if (date.isEmpty() && !body.errors().containsKey(DATE)) {
            body.error(DATE, Message.of("promisedesk.sales.commitment.error.date.required"));
        }
        Optional<String> customer = body.text(CUSTOMER).filter(text -> !text.isBlank());
        if (customer.isEmpty() && !body.errors().containsKey(CUSTOMER)) {
            body.error(CUSTOMER, Message.of("promisedesk.sales.commitment.error.customer"));
        }
        Optional<String> note = body.text(NOTE);
        Optional<InformedAddresses> informed = informed(body);
        Optional<Optional<Commitment>> expected = expected(body);
        if (body.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SetCommitmentCommand(subject.team(), subject.issue(), user, expected.orElseThrow(),
                    date.orElseThrow(), new Customer(customer.orElseThrow()), note, informed));
        } catch (InvalidValueException invalid) {
            body.error(fieldOf(invalid), Message.ofError(invalid));
            return Optional.empty();
        }
    }

    /**
     * The commitment the caller last saw: required, {@code null} for none; empty, with an error, when it is missing or
     * not an object with a date and, if known, the customer.
     */
    private static Optional<Optional<Commitment>> expected(RequestBody body) {
        if (!body.has(EXPECTED)) {
            body.error(EXPECTED, Message.of("promisedesk.rest.error.expectedCommitment"));
            return Optional.empty();
        }
        Object value = body.value(EXPECTED);
        if (value == null) {
            return Optional.of(Optional.empty());
        }
        if (value instanceof Map<?, ?> seen && seen.get(DATE) instanceof String day
                && (seen.get(CUSTOMER) == null || seen.get(CUSTOMER) instanceof String)) {
            try {
                Object customer = seen.get(CUSTOMER);
                return Optional.of(Optional.of(Commitment.of(LocalDate.parse(day.strip()),
                        customer == null || ((String) customer).isBlank() ? null : (String) customer)));
            } catch (DateTimeParseException | InvalidValueException unreadable) {
                // Falls through to the one message that says what to send.
            }
        }
        body.error(EXPECTED, Message.of("promisedesk.rest.error.expectedCommitment"));
        return Optional.empty();
    }

    /**
     * The addresses to keep informed: absent keeps the replaced commitment's, {@code []} informs nobody, else each
     * {@code {"address": "...", "language": "en"|"nl"}} (language English when absent). Empty, with an error under
     * {@value #INFORMED}, when it is not such a list or an address breaks the rules.
     */
    private static Optional<InformedAddresses> informed(RequestBody body) {
        if (!body.has(INFORMED)) {
            return Optional.empty();
        }
        if (!(body.value(INFORMED) instanceof List<?> items)) {
            body.error(INFORMED, Message.of("promisedesk.rest.error.informed"));
            return Optional.empty();
        }
        List<InformedAddress> addresses = new ArrayList<>();
        try {
            for (Object item : items) {
                if (!(item instanceof Map<?, ?> entry) || !(entry.get("address") instanceof String address)
                        || !(entry.get("language") == null || entry.get("language") instanceof String)) {
                    body.error(INFORMED, Message.of("promisedesk.rest.error.informed"));
                    return Optional.empty();
                }
                Object language = entry.get("language");
                addresses.add(new InformedAddress(new EmailAddress(address),
                        language == null ? Locale.ENGLISH : InformedAddress.language((String) language)));
            }
            return Optional.of(new InformedAddresses(addresses));
        } catch (InvalidValueException invalid) {
            body.error(INFORMED, Message.ofError(invalid));
            return Optional.empty();
        }
    }

    /** The member a caller must change: the commitment's rules name the date "commitment". */
    private static String fieldOf(InvalidValueException invalid) {
        return invalid.field().equals("commitment") ? DATE : invalid.field();
    }

    private static Map<String, Object> savedJson(CommitmentSaved outcome, Optional<Commitment> replaced) {
        StoredCommitment saved = outcome.saved().current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issue", saved.issue().toString());
        body.putAll(commitmentJson(saved.commitment()));
        body.put(NOTE, saved.note().orElse(null));
        body.put(INFORMED, informedJson(saved.informed()));
        body.put("author", saved.author());
        body.put("when", saved.at().toString());
        // Saved only while the caller's expected one was current: that is the one this replaced.
        body.put("previous", replaced.map(CommitmentResource::commitmentJson).orElse(null));
        body.put("promise", outcome.promise() instanceof PromiseOutcome.Answered answered
                ? promiseJson(answered) : null);
        return body;
    }

    private static Map<String, Object> commitmentJson(Commitment commitment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(DATE, commitment.date().toString());
        json.put(CUSTOMER, commitment.customerIfKnown().map(Customer::name).orElse(null));
        return json;
    }

    /** The addresses a commitment keeps informed, for callers who may set it (and so browse the issue). */
    static List<Map<String, Object>> informedJson(InformedAddresses informed) {
        return informed.all().stream().map(address -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("address", address.address().text());
            json.put("language", address.language().getLanguage());
            return json;
        }).toList();
    }

    private static Map<String, Object> promiseJson(PromiseOutcome.Answered answered) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feasible", answered.answer().feasible());
        json.put("earliest", AssessmentJson.date(answered.answer().earliest()));
        return json;
    }

    /** The issue under that key when the caller may browse it; a malformed key is as missing as an unknown one. */
    private Optional<IssueKey> browsable(String text) {
        IssueKey key;
        try {
            key = IssueKey.parse(text);
        } catch (InvalidValueException notAKey) {
            return Optional.empty();
        }
        return access.canBrowse(key) ? Optional.of(key) : Optional.empty();
    }
}
