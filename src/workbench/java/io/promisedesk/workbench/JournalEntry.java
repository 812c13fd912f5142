package io.promisedesk.workbench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentOutcome;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.AskForEtaCommand;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.scenario.Json;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.settings.GlobalChange;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One accepted change as the data directory's journal keeps it: a JSON object with its {@code kind} and what the
 * person submitted, replayed at start through the same {@link WorkbenchWorld} operations that accepted it.
 *
 * <p>A new kind is a record here: its {@code KIND}, {@link #fields}, a static {@code read} of those fields and
 * {@link #replay}; then one line in {@link #READERS}, and a call of {@link WorkbenchWorld#journal} where the world
 * accepts the change, under its lock.
 */
sealed interface JournalEntry {

    /** The value of the line's {@code "kind"}. */
    String kind();

    /** What the line holds besides its kind: strings, lists of strings and numbers, as {@code Json} writes them. */
    Map<String, Object> fields();

    /** Makes the change again; empty when it was accepted, else why not, in words. */
    Optional<String> replay(WorkbenchWorld world);

    /** Reads a line's fields into the change of its kind; {@link Unreadable} names the field that is wrong. */
    @FunctionalInterface
    interface Reader {
        JournalEntry read(Fields fields) throws Unreadable;
    }

    Map<String, Reader> READERS = Map.of(
            Eta.KIND, Eta::read,
            CommitmentSet.KIND, CommitmentSet::read,
            TeamCreated.KIND, TeamCreated::read,
            TeamUpdated.KIND, TeamUpdated::read,
            TeamDeleted.KIND, TeamDeleted::read,
            PhrasesSaved.KIND, PhrasesSaved::read,
            SalesGroupsSaved.KIND, SalesGroupsSaved::read,
            GlobalSettingsSaved.KIND, GlobalSettingsSaved::read,
            PoliciesSaved.KIND, PoliciesSaved::read,
            EtaAsk.KIND, EtaAsk::read);

    /** The entry a journal line describes. */
    static JournalEntry read(Map<String, Object> line) throws Unreadable {
        Fields fields = new Fields(line);
        String kind = fields.text("kind");
        Reader reader = READERS.get(kind);
        if (reader == null) {
            throw new Unreadable("\"kind\" must be one of " + READERS.keySet().stream().sorted()
                    .collect(Collectors.joining(", ")) + ", was \"" + kind + "\"");
        }
        return reader.read(fields);
    }

    /** The whole line: the kind first, then the fields. */
    static Map<String, Object> line(JournalEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", entry.kind());
        line.putAll(entry.fields());
        return line;
    }

    /** A technician's accepted ETA change, as {@link UpdateEtaCommand} carried it. */
    record Eta(IssueKey issue, String author, Optional<LocalDate> expectedEta, LocalDate eta, Optional<String> reason)
            implements JournalEntry {
        static final String KIND = "eta";

        static Eta of(UpdateEtaCommand command) {
            return new Eta(command.issue(), command.author(), command.expectedEta(), command.eta(), command.reason());
        }

        static Eta read(Fields fields) throws Unreadable {
            return new Eta(fields.issue("issue"), fields.text("author"), fields.optionalDate("expectedEta"),
                    fields.date("eta"), fields.optionalText("reason"));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("issue", issue.toString());
            fields.put("author", author);
            expectedEta.ifPresent(date -> fields.put("expectedEta", date.toString()));
            fields.put("eta", eta.toString());
            reason.ifPresent(text -> fields.put("reason", text));
            return fields;
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            Optional<Team> team = world.teamOf(issue);
            if (team.isEmpty()) {
                return Optional.of(issue + " is not an issue of a team");
            }
            EtaUpdateOutcome outcome = world.updateEta(new UpdateEtaCommand(team.get(), issue, author, expectedEta,
                    eta, reason));
            return outcome instanceof EtaUpdateOutcome.Rejected rejected
                    ? Optional.of(Fields.ENGLISH.render(new Message(rejected.i18nKey(), rejected.arguments())))
                    : Optional.empty();
        }
    }

    /**
     * A commitment sales saved, replayed through the plugin's {@code SetCommitment} as a {@link SetCommitmentCommand},
     * with the addresses it kept informed; a line written before addresses existed has none.
     */
    record CommitmentSet(IssueKey issue, String author, LocalDate date, String customer, Optional<String> note,
                         InformedAddresses informed) implements JournalEntry {
        static final String KIND = "commitment";

        /** A commitment that kept nobody outside Jira informed. */
        CommitmentSet(IssueKey issue, String author, LocalDate date, String customer, Optional<String> note) {
            this(issue, author, date, customer, note, InformedAddresses.none());
        }

        /** The commitment as the plugin's service saved it, always to a named customer. */
        static CommitmentSet of(StoredCommitment saved) {
            return new CommitmentSet(saved.issue(), saved.author(), saved.commitment().date(),
                    saved.commitment().customerIfKnown().orElseThrow().name(), saved.note(), saved.informed());
        }

        static CommitmentSet read(Fields fields) throws Unreadable {
            return new CommitmentSet(fields.issue("issue"), fields.text("author"), fields.date("date"),
                    fields.text("customer"), fields.optionalText("note"), fields.informed("informed"));
        }

        @Override
        public String kind() {
            return KIND;
        }

        /** The addresses, when there are any, each as {@code "nl jan@example.com"}: its language, then the address. */
        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("issue", issue.toString());
            fields.put("author", author);
            fields.put("date", date.toString());
            fields.put("customer", customer);
            note.ifPresent(text -> fields.put("note", text));
            if (!informed.isEmpty()) {
                fields.put("informed", informed.all().stream()
                        .map(address -> address.language().getLanguage() + " " + address.address().text()).toList());
            }
            return fields;
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            Optional<WorkItem> item = world.issue(issue);
            Optional<Team> team = world.teamOf(issue);
            if (item.isEmpty() || team.isEmpty()) {
                return Optional.of(issue + " is not an issue of a team");
            }
            // The journal holds accepted saves in order: each was made on the commitment the one before left.
            CommitmentOutcome outcome = world.commitmentService().set(new SetCommitmentCommand(team.get(), item.get(),
                    author, item.get().commitment(), date, new Customer(customer), note, typed(world)));
            return outcome instanceof CommitmentStale stale
                    ? Optional.of(Fields.ENGLISH.render(Message.of(stale.i18nKey())))
                    : Optional.empty();
        }

        /**
         * The addresses as the save was given them: none when it kept the replaced commitment's, which may be at a
         * domain the administrator has since disallowed (kept, not refused); else the ones typed, allowed when saved.
         */
        private Optional<InformedAddresses> typed(WorkbenchWorld world) {
            InformedAddresses replaced = world.commitments().load(issue)
                    .map(saved -> saved.current().informed()).orElse(InformedAddresses.none());
            return replaced.equals(informed) ? Optional.empty() : Optional.of(informed);
        }
    }

    /** Sales' ask for an issue's ETA, as {@code AskForEta} took it: opening the issue's request or joining it. */
    record EtaAsk(IssueKey issue, String requester, String customer, Urgency urgency, Optional<String> question)
            implements JournalEntry {
        static final String KIND = "eta-ask";

        static EtaAsk of(IssueKey issue, Ask ask) {
            return new EtaAsk(issue, ask.requester(), ask.customer().name(), ask.urgency(), ask.question());
        }

        static EtaAsk read(Fields fields) throws Unreadable {
            String urgency = fields.text("urgency");
            for (Urgency each : Urgency.values()) {
                if (each.name().equals(urgency)) {
                    return new EtaAsk(fields.issue("issue"), fields.text("requester"), fields.text("customer"), each,
                            fields.optionalText("question"));
                }
            }
            throw new Unreadable("\"urgency\" must be one of " + Arrays.toString(Urgency.values())
                    + ", was \"" + urgency + "\"");
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("issue", issue.toString());
            fields.put("requester", requester);
            fields.put("customer", customer);
            fields.put("urgency", urgency.name());
            question.ifPresent(text -> fields.put("question", text));
            return fields;
        }

        /** With the issue's commitment date as it is when replayed, as the ask took it when it was made. */
        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            Optional<WorkItem> item = world.issue(issue);
            Optional<Team> team = world.teamOf(issue);
            if (item.isEmpty() || team.isEmpty()) {
                return Optional.of(issue + " is not an issue of a team");
            }
            world.askForEta().ask(new AskForEtaCommand(issue, team.get().key(), requester, new Customer(customer),
                    urgency, question, item.get().commitment().map(Commitment::date)));
            return Optional.empty();
        }
    }

    /** A team an admin created with the team form. */
    record TeamCreated(TeamForm form) implements JournalEntry {
        static final String KIND = "team-created";

        static TeamCreated read(Fields fields) throws Unreadable {
            return new TeamCreated(TeamForm.of(fields.form("form")));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("form", teamForm(form));
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            return unsaved(world.settings().createTeam(form));
        }
    }

    /** A team an admin saved over the version the form showed; the key is the page's, as {@code AdminPages} gives it. */
    record TeamUpdated(TeamKey team, TeamForm form) implements JournalEntry {
        static final String KIND = "team-updated";

        static TeamUpdated read(Fields fields) throws Unreadable {
            return new TeamUpdated(fields.team("team"), TeamForm.of(fields.form("form")));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("team", team.value());
            fields.put("form", teamForm(form));
            return fields;
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            return unsaved(world.settings().updateTeam(team, form));
        }
    }

    /** A team whose settings an admin deleted, confirmed, at the version the page showed. */
    record TeamDeleted(TeamKey team, long version) implements JournalEntry {
        static final String KIND = "team-deleted";

        static TeamDeleted read(Fields fields) throws Unreadable {
            return new TeamDeleted(fields.team("team"), fields.number("version"));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("team", team.value());
            fields.put("version", version);
            return fields;
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            TeamChange change = world.settings().deleteTeam(team, version, true);
            return change instanceof TeamChange.Deleted ? Optional.empty() : unsaved(change);
        }
    }

    /** The status phrases an admin saved. */
    record PhrasesSaved(PhraseForm form) implements JournalEntry {
        static final String KIND = "phrases";

        static PhrasesSaved read(Fields fields) throws Unreadable {
            return new PhrasesSaved(PhraseForm.of(fields.form("form")));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put(PhraseForm.STATUS, form().statuses());
            form.put(PhraseForm.PHRASE, form().phrases());
            form.put(PhraseForm.VERSION, List.of(form().version()));
            return Map.of("form", form);
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            return unsaved(world.settings().savePhrases(form));
        }
    }

    /** The sales groups an admin saved. */
    record SalesGroupsSaved(SalesGroupsForm form) implements JournalEntry {
        static final String KIND = "sales-groups";

        static SalesGroupsSaved read(Fields fields) throws Unreadable {
            return new SalesGroupsSaved(SalesGroupsForm.of(fields.form("form")));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put(SalesGroupsForm.GROUPS, List.of(form().groups()));
            form.put(SalesGroupsForm.VERSION, List.of(form().version()));
            return Map.of("form", form);
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            return unsaved(world.settings().saveSalesGroups(form));
        }
    }

    /** The admin's policies saved with their form. */
    record PoliciesSaved(PoliciesForm form) implements JournalEntry {
        static final String KIND = "policies";

        static PoliciesSaved read(Fields fields) throws Unreadable {
            return new PoliciesSaved(PoliciesForm.of(fields.form("form")));
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("form", policiesForm(form));
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            return unsaved(world.settings().savePolicies(form));
        }
    }

    /**
     * The status phrases, sales groups and (when the body gave them) the policies saved at once over the settings
     * REST resource, over the version all carry. A line written before the policies existed has none.
     */
    record GlobalSettingsSaved(PhraseForm phrases, SalesGroupsForm salesGroups, Optional<PoliciesForm> policies)
            implements JournalEntry {
        static final String KIND = "global-settings";

        static GlobalSettingsSaved read(Fields fields) throws Unreadable {
            Map<String, List<String>> form = fields.form("form");
            return new GlobalSettingsSaved(PhraseForm.of(form), SalesGroupsForm.of(form),
                    form.containsKey(PoliciesForm.WAIT) ? Optional.of(PoliciesForm.of(form)) : Optional.empty());
        }

        @Override
        public String kind() {
            return KIND;
        }

        /** One form of every part, as the admin forms' fields; all read the one {@code version}. */
        @Override
        public Map<String, Object> fields() {
            Map<String, Object> form = new LinkedHashMap<>();
            policies.ifPresent(typed -> form.putAll(policiesForm(typed)));
            form.put(PhraseForm.STATUS, phrases.statuses());
            form.put(PhraseForm.PHRASE, phrases.phrases());
            form.put(SalesGroupsForm.GROUPS, List.of(salesGroups.groups()));
            form.put(PhraseForm.VERSION, List.of(phrases.version()));
            return Map.of("form", form);
        }

        @Override
        public Optional<String> replay(WorkbenchWorld world) {
            return unsaved(world.settings().saveGlobal(phrases, salesGroups, policies));
        }
    }

    /** The policies form's fields as the request carried them; an unticked checkbox sends nothing. */
    private static Map<String, Object> policiesForm(PoliciesForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(PoliciesForm.WAIT, List.of(form.snapshotWaitMinutes()));
        if (form.statusLinksEnabled()) {
            fields.put(PoliciesForm.LINKS_ENABLED, List.of("on"));
        }
        fields.put(PoliciesForm.LINK_DAYS, List.of(form.statusLinkMaxDays()));
        fields.put(PoliciesForm.DOMAINS, List.of(form.allowedEmailDomains()));
        fields.put(PoliciesForm.VERSION, List.of(form.version()));
        return fields;
    }

    /** The form's fields as the request carried them, each a list of values, so {@code TeamForm.of} reads them back. */
    private static Map<String, Object> teamForm(TeamForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(TeamForm.KEY, List.of(form.key()));
        fields.put(TeamForm.NAME, List.of(form.name()));
        fields.put(TeamForm.MEMBER_GROUP, List.of(form.memberGroup()));
        fields.put(TeamForm.PROJECTS, List.of(form.projects()));
        fields.put(TeamForm.JQL, List.of(form.jql()));
        fields.put(TeamForm.MEMBERS, List.of(form.members()));
        fields.put(TeamForm.WORKING_DAYS, form.workingDays());
        fields.put(TeamForm.NON_WORKING_DATES, List.of(form.nonWorkingDates()));
        fields.put(TeamForm.ABSENCES, List.of(form.absences()));
        fields.put(TeamForm.FOCUS_FACTOR, List.of(form.focusFactor()));
        fields.put(TeamForm.TIME_ZONE, List.of(form.timeZone()));
        fields.put(TeamForm.DEFAULT_ESTIMATE, List.of(form.defaultEstimate()));
        fields.put(TeamForm.WARN, List.of(form.warn()));
        fields.put(TeamForm.CRITICAL, List.of(form.critical()));
        fields.put(TeamForm.VERSION, List.of(form.version()));
        return fields;
    }

    private static Optional<String> unsaved(TeamChange change) {
        if (change instanceof TeamChange.Saved) {
            return Optional.empty();
        }
        if (change instanceof TeamChange.Refused refused) {
            return Optional.of(Fields.describe(refused.errors()));
        }
        return Optional.of(change instanceof TeamChange.Conflict ? "the team was at another version"
                : change instanceof TeamChange.Missing ? "the team is not configured" : "the delete was not confirmed");
    }

    private static Optional<String> unsaved(GlobalChange change) {
        if (change instanceof GlobalChange.Saved) {
            return Optional.empty();
        }
        return Optional.of(change instanceof GlobalChange.Refused refused ? Fields.describe(refused.errors())
                : "the settings were at another version");
    }

    /** A journal line's fields, each read as the type its kind needs. */
    final class Fields {
        static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);

        private final Map<String, Object> line;

        Fields(Map<String, Object> line) {
            this.line = line;
        }

        String text(String name) throws Unreadable {
            if (line.get(name) instanceof String text) {
                return text;
            }
            throw new Unreadable("\"" + name + "\" must be a string" + was(name));
        }

        Optional<String> optionalText(String name) throws Unreadable {
            return line.get(name) == null ? Optional.empty() : Optional.of(text(name));
        }

        LocalDate date(String name) throws Unreadable {
            try {
                return LocalDate.parse(text(name));
            } catch (DateTimeParseException malformed) {
                throw new Unreadable("\"" + name + "\" must be a date such as 2026-03-02" + was(name));
            }
        }

        /** Addresses as {@link CommitmentSet} writes them; none when the line has none. */
        InformedAddresses informed(String name) throws Unreadable {
            if (line.get(name) == null) {
                return InformedAddresses.none();
            }
            if (!(line.get(name) instanceof List<?> list)) {
                throw new Unreadable("\"" + name + "\" must be a list of addresses such as \"nl jan@example.com\""
                        + was(name));
            }
            List<InformedAddress> addresses = new ArrayList<>();
            for (Object each : list) {
                String text = each instanceof String string ? string : "";
                int space = text.indexOf(' ');
                try {
                    addresses.add(new InformedAddress(new EmailAddress(text.substring(space + 1)),
                            InformedAddress.language(space > 0 ? text.substring(0, space) : "")));
                } catch (InvalidValueException malformed) {
                    throw new Unreadable("\"" + name + "\" must be a list of addresses such as \"nl jan@example.com\""
                            + ", held " + Json.write(each));
                }
            }
            try {
                return new InformedAddresses(addresses);
            } catch (InvalidValueException tooMany) {
                throw new Unreadable("\"" + name + "\" must hold at most " + InformedAddresses.MAX_COUNT
                        + " addresses, held " + addresses.size());
            }
        }

        Optional<LocalDate> optionalDate(String name) throws Unreadable {
            return line.get(name) == null ? Optional.empty() : Optional.of(date(name));
        }

        IssueKey issue(String name) throws Unreadable {
            try {
                return IssueKey.parse(text(name));
            } catch (InvalidValueException malformed) {
                throw new Unreadable("\"" + name + "\" must be an issue key such as FO-135" + was(name));
            }
        }

        TeamKey team(String name) throws Unreadable {
            try {
                return new TeamKey(text(name));
            } catch (InvalidValueException malformed) {
                throw new Unreadable("\"" + name + "\" must be a team key" + was(name));
            }
        }

        long number(String name) throws Unreadable {
            if (line.get(name) instanceof BigDecimal number) {
                try {
                    return number.longValueExact();
                } catch (ArithmeticException notWhole) {
                    // Reported below as any other non-number.
                }
            }
            throw new Unreadable("\"" + name + "\" must be a whole number" + was(name));
        }

        /** A form's fields: an object whose every value is a list of strings, as a submitted form's parameters. */
        Map<String, List<String>> form(String name) throws Unreadable {
            if (!(line.get(name) instanceof Map<?, ?> form)) {
                throw new Unreadable("\"" + name + "\" must be an object of the form's fields" + was(name));
            }
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            for (Map.Entry<?, ?> field : form.entrySet()) {
                List<String> values = new ArrayList<>();
                if (field.getValue() instanceof List<?> list) {
                    for (Object value : list) {
                        if (!(value instanceof String text)) {
                            throw new Unreadable("\"" + name + "." + field.getKey() + "\" must be a list of strings");
                        }
                        values.add(text);
                    }
                } else {
                    throw new Unreadable("\"" + name + "." + field.getKey() + "\" must be a list of strings");
                }
                parameters.put(String.valueOf(field.getKey()), values);
            }
            return parameters;
        }

        private String was(String name) {
            return line.containsKey(name) ? ", was " + Json.write(line.get(name)) : ", is missing";
        }

        static String describe(FormErrors errors) {
            return errors.byField().entrySet().stream()
                    .map(error -> error.getKey() + ": " + ENGLISH.render(error.getValue()))
                    .collect(Collectors.joining("; "));
        }
    }

    /** A line that is JSON but not a change the workbench wrote; the message names the field. */
    final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }
}
