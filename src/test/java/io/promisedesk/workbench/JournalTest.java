package io.promisedesk.workbench;

import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The data directory's journal as a file: what it writes, what it reads back, and what it refuses, in words. */
public class JournalTest {
    private static final Journal.Stamp DEMO = Journal.Stamp.of("demo.json", "{\"today\": \"2026-03-02\"}");
    private static final InformedAddresses ADDRESSES = new InformedAddresses(List.of(
            new InformedAddress(new EmailAddress("Jan.de.Vries@Example.COM"), Locale.forLanguageTag("nl")),
            new InformedAddress(new EmailAddress("o'brien+eta@example.org"), Locale.ENGLISH)));

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final TeamForm teamForm = new TeamForm("night-shift", "Night shift \"N\u00e9\" <b>", "", "SD", "",
            "zoe: 20\nyann: 12.5", List.of("MONDAY", "TUESDAY"), "2026-04-06", "", "1", "UTC", "8", "0.8", "1", "3");
    private final List<JournalEntry> everyKind = List.of(
            new JournalEntry.Eta(IssueKey.parse("NET-101"), "Technician", Optional.of(LocalDate.of(2026, 4, 8)),
                    LocalDate.of(2026, 4, 15), Optional.of("Parts late\nfrom the supplier \u2013 \u05e9\u05dc\u05d5\u05dd \ud83d\ude80")),
            new JournalEntry.Eta(IssueKey.parse("FO-1"), "Jira admin", Optional.empty(), LocalDate.of(2026, 3, 9),
                    Optional.empty()),
            new JournalEntry.CommitmentSet(IssueKey.parse("NET-101"), "Salesperson", LocalDate.of(2026, 4, 30),
                    "Initech", Optional.of("Call first")),
            new JournalEntry.CommitmentSet(IssueKey.parse("SD-2"), "Salesperson", LocalDate.of(2026, 5, 1), "Acme",
                    Optional.empty()),
            new JournalEntry.CommitmentSet(IssueKey.parse("FO-1"), "Salesperson", LocalDate.of(2026, 5, 4), "Initech",
                    Optional.empty(), ADDRESSES),
            new JournalEntry.TeamCreated(teamForm),
            new JournalEntry.TeamUpdated(new TeamKey("network"), teamForm),
            new JournalEntry.TeamDeleted(new TeamKey("service-desk"), 2),
            new JournalEntry.PhrasesSaved(new PhraseForm(List.of("In Progress", ""), List.of("WAITING_FOR_CUSTOMER",
                    "DONE"), "1")),
            new JournalEntry.SalesGroupsSaved(new SalesGroupsForm("sales-emea\nsales-americas", "2")),
            new JournalEntry.GlobalSettingsSaved(new PhraseForm(List.of("Waiting \"on\" <vendor>"),
                    List.of("WAITING_FOR_CUSTOMER"), "3"), new SalesGroupsForm("sales-emea", "3"), Optional.empty()),
            new JournalEntry.GlobalSettingsSaved(new PhraseForm(List.of(), List.of(), "4"), new SalesGroupsForm("", "4"),
                    Optional.of(new PoliciesForm("15", false, "30", "example.com\nexample.org", "4"))),
            new JournalEntry.PoliciesSaved(new PoliciesForm("5", true, "60", "", "5")),
            new JournalEntry.EtaAsk(IssueKey.parse("NET-101"), "Salesperson", "Initech \"I\" <b>", Urgency.THIS_WEEK,
                    Optional.of("Before the board?\n\u05e9\u05dc\u05d5\u05dd")),
            new JournalEntry.EtaAsk(IssueKey.parse("SD-2"), "Jira admin", "Acme", Urgency.TODAY, Optional.empty()));

    @Test
    public void everyKindOfChange_readsBackAsItWasWritten_afterTheScenarioStamp() throws Exception {
        Path directory = folder.getRoot().toPath().resolve("data");
        try (Journal journal = Journal.open(directory, DEMO).journal()) {
            everyKind.forEach(journal::append);
        }

        Journal.Opened opened = Journal.open(directory, DEMO);
        opened.journal().close();

        assertEquals(everyKind, opened.lines().stream().map(Journal.Line::entry).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), opened.lines().stream().map(Journal.Line::number).toList());
        assertEquals(List.of(), opened.warnings());
        List<String> lines = Files.readAllLines(directory.resolve(Journal.FILE), StandardCharsets.UTF_8);
        assertEquals("{\"journal\":\"Promise Desk workbench journal\",\"format\":1,\"scenario\":\"demo.json\",\"sha256\":\""
                + DEMO.sha256() + "\"}", lines.get(0));
        assertTrue(lines.get(1), lines.get(1).startsWith("{\"kind\":\"eta\",\"issue\":\"NET-101\",\"author\":\"Technician\""));
        assertEquals(16, lines.size());
        assertTrue(lines.get(5), lines.get(5).endsWith(",\"informed\":[\"nl Jan.de.Vries@example.com\","
                + "\"en o'brien+eta@example.org\"]}"));
        assertFalse("a commitment informing nobody writes no addresses", lines.get(4).contains("informed"));
    }

    @Test
    public void aCommitmentLineWrittenBeforeAddresses_readsAsInformingNobody() throws Exception {
        JournalEntry entry = JournalEntry.read(parse("{\"kind\":\"commitment\",\"issue\":\"NET-101\","
                + "\"author\":\"Salesperson\",\"date\":\"2026-04-30\",\"customer\":\"Initech\",\"note\":\"Call first\"}"));

        assertEquals(new JournalEntry.CommitmentSet(IssueKey.parse("NET-101"), "Salesperson", LocalDate.of(2026, 4, 30),
                "Initech", Optional.of("Call first"), InformedAddresses.none()), entry);
    }

    @Test
    public void aCommitmentLineWithBadAddresses_isRefused_namingTheField() throws Exception {
        String start = "{\"kind\":\"commitment\",\"issue\":\"NET-101\",\"author\":\"S\",\"date\":\"2026-04-30\","
                + "\"customer\":\"Initech\",\"informed\":";

        String notAList = unreadable(start + "\"en jan@example.com\"}");
        String noLanguage = unreadable(start + "[\"jan@example.com\"]}");
        String unknownLanguage = unreadable(start + "[\"fr jan@example.com\"]}");
        String notAnAddress = unreadable(start + "[\"en jan@\"]}");
        String notAString = unreadable(start + "[7]}");

        assertEquals("\"informed\" must be a list of addresses such as \"nl jan@example.com\", was \"en jan@example.com\"",
                notAList);
        assertEquals("\"informed\" must be a list of addresses such as \"nl jan@example.com\", held \"jan@example.com\"",
                noLanguage);
        assertTrue(unknownLanguage, unknownLanguage.endsWith("held \"fr jan@example.com\""));
        assertTrue(notAnAddress, notAnAddress.endsWith("held \"en jan@\""));
        assertTrue(notAString, notAString.endsWith("held 7"));
    }

    @Test
    public void replayingACommitmentWithAddresses_keepsThem_evenWhenALaterSaveKeptOnesSinceDisallowed() throws Exception {
        WorkbenchWorld world = WorkbenchWorld.of(ScenarioReader.read(Files.readString(Path.of("docs", "examples",
                "demo.json"))));
        IssueKey issue = IssueKey.parse("NET-101");
        JournalEntry typed = new JournalEntry.CommitmentSet(issue, "Salesperson", LocalDate.of(2026, 4, 30), "Initech",
                Optional.empty(), ADDRESSES);
        JournalEntry restricted = new JournalEntry.PoliciesSaved(new PoliciesForm("5", false, "30", "example.net", "1"));
        JournalEntry kept = new JournalEntry.CommitmentSet(issue, "Salesperson", LocalDate.of(2026, 5, 4), "Initech",
                Optional.of("Moved"), ADDRESSES);
        JournalEntry typedSinceDisallowed = new JournalEntry.CommitmentSet(issue, "Salesperson",
                LocalDate.of(2026, 5, 5), "Initech", Optional.empty(), new InformedAddresses(List.of(
                        new InformedAddress(new EmailAddress("new@example.com"), Locale.ENGLISH))));

        assertEquals(Optional.empty(), typed.replay(world));
        assertEquals(ADDRESSES, world.commitments().load(issue).orElseThrow().current().informed());
        assertEquals(Optional.empty(), restricted.replay(world));
        assertEquals(Optional.empty(), kept.replay(world));
        assertEquals(ADDRESSES, world.commitments().load(issue).orElseThrow().current().informed());
        assertEquals(LocalDate.of(2026, 5, 4), world.commitments().load(issue).orElseThrow().current().commitment().date());
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> typedSinceDisallowed.replay(world));
        assertEquals("promisedesk.error.address.domain", refused.i18nKey());
    }

    private static Map<String, Object> parse(String line) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) Json.parse(line);
        return parsed;
    }

    private static String unreadable(String line) throws Exception {
        try {
            JournalEntry.read(parse(line));
        } catch (JournalEntry.Unreadable refused) {
            return refused.getMessage();
        }
        throw new AssertionError("read " + line);
    }

    @Test
    public void aTornLastLine_isIgnoredWithAWarning_andTheNextChangeFollowsTheLastWholeOne() throws Exception {
        Path directory = folder.getRoot().toPath();
        try (Journal journal = Journal.open(directory, DEMO).journal()) {
            journal.append(everyKind.get(0));
        }
        Files.writeString(directory.resolve(Journal.FILE), "{\"kind\":\"eta\",\"issue\":\"NET-1", StandardOpenOption.APPEND);

        Journal.Opened torn = Journal.open(directory, DEMO);
        try (Journal journal = torn.journal()) {
            journal.append(everyKind.get(2));
        }
        Journal.Opened after = Journal.open(directory, DEMO);
        after.journal().close();

        assertEquals(List.of(everyKind.get(0)), torn.lines().stream().map(Journal.Line::entry).toList());
        assertEquals(1, torn.warnings().size());
        assertTrue(torn.warnings().get(0), torn.warnings().get(0).contains("line 3 is incomplete"));
        assertEquals(List.of(everyKind.get(0), everyKind.get(2)), after.lines().stream().map(Journal.Line::entry).toList());
        assertEquals(List.of(), after.warnings());
    }

    @Test
    public void aTornFirstLine_startsTheJournalAfresh() throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve(Journal.FILE), "{\"journal\":\"Promise");

        Journal.Opened opened = Journal.open(folder.getRoot().toPath(), DEMO);
        opened.journal().close();

        assertEquals(List.of(), opened.lines());
        assertEquals(1, opened.warnings().size());
        assertTrue(Files.readString(folder.getRoot().toPath().resolve(Journal.FILE)).contains(DEMO.sha256()));
    }

    @Test
    public void aJournalOfAnotherScenario_isRefused_namingBoth() throws Exception {
        Path directory = folder.getRoot().toPath();
        try (Journal journal = Journal.open(directory, DEMO).journal()) {
            journal.append(everyKind.get(0));
        }
        Journal.Stamp other = Journal.Stamp.of("field-services.json", "{\"today\": \"2026-03-03\"}");

        JournalException refused = refused(() -> Journal.open(directory, other));

        assertEquals(JournalException.Kind.OTHER_SCENARIO, refused.kind());
        assertTrue(refused.getMessage(), refused.getMessage().contains("holds changes to another scenario (demo.json, SHA-256 "
                + DEMO.sha256().substring(0, 12) + "), not to field-services.json"));
        // Refusing released the file: the right scenario opens it.
        Journal.open(directory, DEMO).journal().close();
    }

    @Test
    public void aDamagedWholeLine_isAnError_withItsLineNumber() throws Exception {
        Path directory = folder.getRoot().toPath();
        try (Journal journal = Journal.open(directory, DEMO).journal()) {
            journal.append(everyKind.get(0));
        }
        Path file = directory.resolve(Journal.FILE);
        String good = Files.readString(file);

        Files.writeString(file, good + "not json\n" + everyKind.get(0).kind() + "\n");
        JournalException notJson = refused(() -> Journal.open(directory, DEMO));
        Files.writeString(file, good + "{\"kind\":\"eta\",\"issue\":\"NET-101\",\"author\":\"T\",\"eta\":\"15/04/2026\"}\n");
        JournalException badDate = refused(() -> Journal.open(directory, DEMO));
        Files.writeString(file, good + "{\"kind\":\"holiday\"}\n");
        JournalException unknownKind = refused(() -> Journal.open(directory, DEMO));
        Files.writeString(file, "{\"some\":\"other file\"}\n");
        JournalException noStamp = refused(() -> Journal.open(directory, DEMO));

        assertEquals(JournalException.Kind.CORRUPT, notJson.kind());
        assertTrue(notJson.getMessage(), notJson.getMessage().contains(Journal.FILE + " line 3 is not a JSON object"));
        assertTrue(badDate.getMessage(), badDate.getMessage().contains("line 3 is not a change the workbench wrote: \"eta\""
                + " must be a date such as 2026-03-02, was \"15/04/2026\""));
        assertTrue(unknownKind.getMessage(), unknownKind.getMessage().contains("\"kind\" must be one of commitment, eta, eta-ask,"
                + " global-settings, phrases, policies, sales-groups, team-created, team-deleted, team-updated, was \"holiday\""));
        assertTrue(noStamp.getMessage(), noStamp.getMessage().contains("line 1 is not the first line of a Promise Desk"));
    }

    @Test
    public void aDirectoryThatCannotBeUsed_isRefusedInWords() throws Exception {
        Path file = folder.newFile("plain-file").toPath();

        JournalException notADirectory = refused(() -> Journal.open(file, DEMO));
        JournalException underAFile = refused(() -> Journal.open(file.resolve("data"), DEMO));

        assertEquals(JournalException.Kind.UNUSABLE, notADirectory.kind());
        assertTrue(notADirectory.getMessage(), notADirectory.getMessage().contains(file + " is not a directory"));
        assertEquals(JournalException.Kind.UNUSABLE, underAFile.kind());
        assertTrue(underAFile.getMessage(), underAFile.getMessage().startsWith("cannot use --data-dir " + file.resolve("data")));
    }

    @Test
    public void aDirectoryInUseByAnotherWorkbench_isRefused_untilThatOneCloses() throws Exception {
        Path directory = folder.getRoot().toPath();
        Journal first = Journal.open(directory, DEMO).journal();

        JournalException inUse = refused(() -> Journal.open(directory, DEMO));
        first.close();

        assertEquals(JournalException.Kind.UNUSABLE, inUse.kind());
        assertTrue(inUse.getMessage(), inUse.getMessage().contains("another workbench is using --data-dir"));
        Journal.open(directory, DEMO).journal().close();
    }

    @Test
    public void theStamp_isTheScenarioDocumentsSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Journal.Stamp.of("x", "").sha256());
        assertFalse(DEMO.sha256().equals(Journal.Stamp.of("demo.json", "{\"today\": \"2026-03-03\"}").sha256()));
    }

    private interface Opening {
        Journal.Opened open() throws JournalException;
    }

    private static JournalException refused(Opening opening) {
        try {
            opening.open().journal().close();
        } catch (JournalException refused) {
            assertFalse(refused.getMessage(), refused.getMessage().contains("Exception"));
            return refused;
        }
        fail("the journal was opened");
        throw new AssertionError();
    }
}
