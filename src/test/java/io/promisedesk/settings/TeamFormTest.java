package io.promisedesk.settings;

import io.promisedesk.common.Hours;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.team.FocusFactor;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.team.Thresholds;

import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.settings.TeamForms.NAMES;
import static io.promisedesk.settings.TeamForms.valid;
import static io.promisedesk.settings.TeamForms.with;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class TeamFormTest {
    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);
    private static final MessageRenderer DUTCH = new MessageRenderer(Locale.forLanguageTag("nl"));

    private static TeamSettings settings(TeamForm form) {
        TeamForm.Checked checked = form.check(NAMES);
        assertTrue(checked.toString(), checked instanceof TeamForm.Checked.Valid);
        return ((TeamForm.Checked.Valid) checked).settings();
    }

    private static Map<String, Message> errors(TeamForm form) {
        TeamForm.Checked checked = form.check(NAMES);
        assertTrue("accepted " + form, checked instanceof TeamForm.Checked.Invalid);
        return ((TeamForm.Checked.Invalid) checked).errors().byField();
    }

    private static String error(TeamForm form, String field) {
        Map<String, Message> errors = errors(form);
        assertEquals(errors.toString(), Set.of(field), errors.keySet());
        return ENGLISH.render(errors.get(field));
    }

    @Test
    public void validForm_becomesTheTeamAndItsScope() {
        TeamSettings settings = settings(valid());

        Team team = settings.team();
        assertEquals(new TeamKey("field-ops"), team.key());
        assertEquals("Field operations", team.name());
        assertEquals(List.of(new Member("alice", Hours.of(40)),
                new Member("bob", Hours.of(32.5), Set.of(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11")))),
                team.members());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), team.workingWeek().days());
        assertEquals(Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26")), team.nonWorkingDates());
        assertEquals(FocusFactor.of(0.8), team.focusFactor());
        assertEquals(ZoneId.of("Europe/Amsterdam"), team.timeZone());
        assertEquals(Hours.of(6), team.defaultEstimate());
        assertEquals(Thresholds.of(0.85, 1), team.thresholds());
        assertEquals(new TeamScope(Optional.of("field-technicians"), Set.of("FO", "NET"), Optional.of("labels = onsite")),
                settings.scope());
    }

    @Test
    public void aNulInTheTeamName_isRefusedBesideTheName() {
        String message = error(with(TeamForm.NAME, "Field\u0000ops"), TeamForm.NAME);

        assertEquals("Remove the invisible control or text-direction character U+0000 at position 6; it does not belong "
                + "in this text.", message);
    }

    @Test
    public void aNulOrOverrideInAMemberName_isRefusedBesideTheMembers() {
        assertEquals("Remove the invisible control or text-direction character U+0000 at position 6; it does not belong "
                + "in this text.", error(with(TeamForm.MEMBERS, "alice\u0000: 40\nbob: 32.5"), TeamForm.MEMBERS));
        assertEquals(Set.of(TeamForm.MEMBERS), errors(with(TeamForm.MEMBERS, "al\u202Eice: 40\nbob: 32.5")).keySet());
    }

    @Test
    public void aJqlFilter_mayRunOverLines_butRefusesOtherControls() {
        assertEquals(Optional.of("labels = onsite\n\tAND priority = High"),
                settings(with(TeamForm.JQL, "labels = onsite\n\tAND priority = High")).scope().jql());
        assertEquals(Set.of(TeamForm.JQL), errors(with(TeamForm.JQL, "labels = \u2066onsite")).keySet());
    }

    @Test
    public void storedSettings_showAsAFormThatGivesThemBack() {
        Versioned<TeamSettings> stored = new Versioned<>(settings(valid()), 7);

        TeamForm shown = TeamForm.of(stored);

        assertEquals("7", shown.version());
        assertEquals(Optional.of(7L), shown.expectedVersion());
        assertEquals("alice: 40\nbob: 32.5", shown.members());
        assertEquals("bob: 2026-03-10, 2026-03-11", shown.absences());
        assertEquals(stored.value(), settings(shown));
    }

    @Test
    public void optionalFieldsMayStayEmpty_andADutchDecimalCommaReadsAsAPoint() {
        TeamSettings settings = settings(new TeamForm("sd", "Service desk", " ", "NET", "  ", "carol: 38", List.of("MONDAY"),
                "", "", "0,9", "UTC", "8", "0,75", "1,2", ""));

        assertEquals(Optional.empty(), settings.scope().memberGroup());
        assertEquals(Optional.empty(), settings.scope().jql());
        assertEquals(FocusFactor.of(0.9), settings.team().focusFactor());
        assertEquals(Thresholds.of(0.75, 1.2), settings.team().thresholds());
    }

    @Test
    public void warnAtOrAboveCritical_isRefusedBesideWarn() {
        assertEquals("The warning level 1 must be below the critical level 1.", error(with(TeamForm.WARN, "1"), TeamForm.WARN));
        assertEquals("The warning level 1.2 must be below the critical level 1.", error(with(TeamForm.WARN, "1.2"), TeamForm.WARN));
    }

    @Test
    public void thresholdsOutsideZeroToTen_areRefusedEachBesideItsField() {
        assertEquals("A threshold must be above 0 and at most 10, not 0.", error(with(TeamForm.WARN, "0"), TeamForm.WARN));
        assertEquals("A threshold must be above 0 and at most 10, not 10.5.",
                error(with(TeamForm.CRITICAL, "10.5"), TeamForm.CRITICAL));
        TeamForm both = new TeamForm("t", "T", "", "FO", "", "a: 1", List.of("MONDAY"), "", "", "1", "UTC", "8", "-1",
                "11", "");
        assertEquals(Set.of(TeamForm.WARN, TeamForm.CRITICAL), errors(both).keySet());
    }

    @Test
    public void focusOutsideZeroToOne_isRefused() {
        assertEquals("The focus factor must be above 0 and at most 1, not 0.",
                error(with(TeamForm.FOCUS_FACTOR, "0"), TeamForm.FOCUS_FACTOR));
        assertEquals("The focus factor must be above 0 and at most 1, not 1.1.",
                error(with(TeamForm.FOCUS_FACTOR, "1.1"), TeamForm.FOCUS_FACTOR));
    }

    @Test
    public void hoursOutsideZeroToEightyAWeek_areRefused() {
        assertEquals("bob has 81 hours a week; give 0 to 80 hours.",
                error(with(TeamForm.MEMBERS, "alice: 40\nbob: 81"), TeamForm.MEMBERS));
        assertEquals("alice has -1 hours a week; give 0 to 80 hours.",
                error(with(TeamForm.MEMBERS, "alice: -1\nbob: 2"), TeamForm.MEMBERS));
        settings(with(TeamForm.MEMBERS, "alice: 80\nbob: 0"));
    }

    @Test
    public void aHugeNumber_isQuotedAsTyped_notCappedOrReformatted() {
        assertEquals("The focus factor must be above 0 and at most 1, not 99999999999999999999.",
                error(with(TeamForm.FOCUS_FACTOR, "99999999999999999999"), TeamForm.FOCUS_FACTOR));
        assertEquals("A threshold must be above 0 and at most 10, not 99999999999999999999.",
                error(with(TeamForm.CRITICAL, "99999999999999999999"), TeamForm.CRITICAL));
        assertEquals("Hours must be at most 100,000, not 99999999999999999999.",
                error(with(TeamForm.DEFAULT_ESTIMATE, "99999999999999999999"), TeamForm.DEFAULT_ESTIMATE));
        assertEquals("bob has 99999999999999999999 hours a week; give 0 to 80 hours.",
                error(with(TeamForm.MEMBERS, "alice: 40\nbob: 99999999999999999999"), TeamForm.MEMBERS));
    }

    @Test
    public void everyNumberMessage_quotesTheNumberAsTyped_inEitherLanguage() {
        Map<String, Message> errors = errors(new TeamForm("t", "T", "", "FO", "", "alice: 80.50", List.of("MONDAY"), "",
                "", "1,50", "UTC", "-2.50", "20.0", "1", ""));
        Map<String, Message> order = errors(with(TeamForm.WARN, "1.0"));

        assertEquals("alice has 80.50 hours a week; give 0 to 80 hours.", ENGLISH.render(errors.get(TeamForm.MEMBERS)));
        assertEquals("De focusfactor moet groter dan 0 en hoogstens 1 zijn, niet 1,50.",
                DUTCH.render(errors.get(TeamForm.FOCUS_FACTOR)));
        assertEquals("The focus factor must be above 0 and at most 1, not 1,50.",
                ENGLISH.render(errors.get(TeamForm.FOCUS_FACTOR)));
        assertEquals("The default estimate must be more than 0 hours, not -2.50.",
                ENGLISH.render(errors.get(TeamForm.DEFAULT_ESTIMATE)));
        assertEquals("A threshold must be above 0 and at most 10, not 20.0.", ENGLISH.render(errors.get(TeamForm.WARN)));
        assertEquals("The warning level 1.0 must be below the critical level 1.", ENGLISH.render(order.get(TeamForm.WARN)));
    }

    @Test
    public void moreThanThreeDecimals_isSaidSo_withTheNumberAsTyped() {
        assertEquals("\"0.8555\" has more than three decimals; round it, like 0.125.",
                error(with(TeamForm.FOCUS_FACTOR, " 0.8555 "), TeamForm.FOCUS_FACTOR));
        assertEquals("\"1e3\" is not a number; write it like 0.85.", error(with(TeamForm.WARN, "1e3"), TeamForm.WARN));
    }

    @Test
    public void unknownGroupOrProject_isRefused() {
        assertEquals("Jira has no group \"nobody\".", error(with(TeamForm.MEMBER_GROUP, "nobody"), TeamForm.MEMBER_GROUP));
        assertEquals("Jira has no project \"XX\".", error(with(TeamForm.PROJECTS, "FO, XX"), TeamForm.PROJECTS));
        assertEquals("Name at least one project.", error(with(TeamForm.PROJECTS, " , "), TeamForm.PROJECTS));
    }

    @Test
    public void badDatesZoneEstimateAndNumbers_areRefusedBesideTheirFields() {
        assertEquals("\"25-12-2026\" is not a date; write it like 2026-03-13.",
                error(with(TeamForm.NON_WORKING_DATES, "2026-12-24, 25-12-2026"), TeamForm.NON_WORKING_DATES));
        assertEquals("\"Mars/Olympus\" is not a time zone; write it like Europe/Amsterdam or UTC.",
                error(with(TeamForm.TIME_ZONE, "Mars/Olympus"), TeamForm.TIME_ZONE));
        assertEquals("The default estimate must be more than 0 hours, not 0.",
                error(with(TeamForm.DEFAULT_ESTIMATE, "0"), TeamForm.DEFAULT_ESTIMATE));
        assertEquals("\"lots\" is not a number; write it like 0.85.", error(with(TeamForm.WARN, "lots"), TeamForm.WARN));
        assertEquals("\"bob 2026-03-10\" is not an absence line; write it like alice: 2026-03-10, 2026-03-11",
                error(with(TeamForm.ABSENCES, "bob 2026-03-10"), TeamForm.ABSENCES));
        assertEquals("carol is not a member of this team.",
                error(with(TeamForm.ABSENCES, "carol: 2026-03-10"), TeamForm.ABSENCES));
        assertEquals("Choose at least one working day.", error(with(TeamForm.WORKING_DAYS, ""), TeamForm.WORKING_DAYS));
        assertEquals("\"Funday\" is not a weekday.", error(with(TeamForm.WORKING_DAYS, "Funday"), TeamForm.WORKING_DAYS));
    }

    @Test
    public void duplicateOrMissingMembers_andBadKeys_areRefused() {
        assertEquals("alice is in the team twice; name each member once.",
                error(with(TeamForm.MEMBERS, "alice: 40\nalice: 20"), TeamForm.MEMBERS));
        assertEquals("A team needs at least one member.", error(with(TeamForm.MEMBERS, "\n  \n"), TeamForm.MEMBERS));
        assertEquals("\"alice 40\" is not a member line; write it like alice: 40",
                error(with(TeamForm.MEMBERS, "alice 40"), TeamForm.MEMBERS));
        assertEquals("\"field ops\" cannot be a team key; use letters, digits, - and _.",
                error(with(TeamForm.KEY, "field ops"), TeamForm.KEY));
        assertEquals("This field must not be blank.", error(with(TeamForm.NAME, "  "), TeamForm.NAME));
    }

    @Test
    public void everyWrongField_getsItsOwnMessage_inDutchToo() {
        TeamForm wrong = new TeamForm("", "", "nobody", "XX", "", "alice: 99", List.of(), "someday", "", "2", "Nowhere",
                "-3", "abc", "20", "");

        Map<String, Message> errors = errors(wrong);

        assertEquals(List.of(TeamForm.KEY, TeamForm.NAME, TeamForm.MEMBER_GROUP, TeamForm.PROJECTS, TeamForm.MEMBERS,
                TeamForm.WORKING_DAYS, TeamForm.NON_WORKING_DATES, TeamForm.FOCUS_FACTOR, TeamForm.TIME_ZONE,
                TeamForm.DEFAULT_ESTIMATE, TeamForm.WARN, TeamForm.CRITICAL), List.copyOf(errors.keySet()));
        assertEquals("alice heeft 99 uur per week; geef 0 tot 80 uur.", DUTCH.render(errors.get(TeamForm.MEMBERS)));
        assertEquals("\"abc\" is geen getal; schrijf het als 0,85.", DUTCH.render(errors.get(TeamForm.WARN)));
    }

    @Test
    public void parameters_becomeTheFormVerbatim_andMissingOnesReadEmpty() {
        TeamForm form = TeamForm.of(Map.of("key", List.of(" k "), "workingDays", List.of("MONDAY", "FRIDAY"),
                "members", List.of("a: 1\r\nb: 2")));

        assertEquals(" k ", form.key());
        assertEquals(List.of("MONDAY", "FRIDAY"), form.workingDays());
        assertEquals("a: 1\r\nb: 2", form.members());
        assertEquals("", form.warn());
        assertEquals(Optional.empty(), form.expectedVersion());
        assertEquals(Optional.empty(), with(TeamForm.VERSION, "x").expectedVersion());
    }
}
