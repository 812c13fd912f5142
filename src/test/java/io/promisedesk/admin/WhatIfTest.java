package io.promisedesk.admin;

import io.promisedesk.common.Hours;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.TeamAssessment;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The what-if on a team worked out by hand: anna and ben work 40 h a week each, 16 h a day together, warn 85%,
 * critical 100%, today Monday 2 March 2026; 80 h of capacity through Friday 6 March.
 */
public class WhatIfTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final Team TEAM = aTeam().name("Ops").withMember("anna", 40).withMember("ben", 40).build();

    private static WhatIfForm away(String member, String from, String to) {
        return new WhatIfForm(member, from, to, "", "");
    }

    private static WhatIfForm extra(String member, String hours) {
        return new WhatIfForm("", "", "", member, hours);
    }

    private static Team changed(WhatIfForm form) {
        WhatIf.Outcome outcome = WhatIf.apply(TEAM, form);
        assertTrue("refused: " + outcome, outcome instanceof WhatIf.Changed);
        return ((WhatIf.Changed) outcome).team();
    }

    private static Map<String, String> errors(WhatIfForm form) {
        WhatIf.Outcome outcome = WhatIf.apply(TEAM, form);
        assertTrue("accepted: " + outcome, outcome instanceof WhatIf.Refused);
        FormErrors errors = ((WhatIf.Refused) outcome).errors();
        MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
        Map<String, String> shown = new LinkedHashMap<>();
        errors.byField().forEach((field, message) -> shown.put(field, english.render(message)));
        return shown;
    }

    private static Level levelOf(Team team, WorkItem item) {
        return TeamAssessment.assess(team, List.of(item), MONDAY).verdictFor(item.key()).orElseThrow().level();
    }

    @Test
    public void removedMember_isAwayOnEveryDateOfTheRange_andTheOthersStayAsTheyWere() {
        Team team = changed(away("ben", "2026-03-04", "2026-03-06"));

        Member ben = team.members().get(1);
        assertEquals(Set.of(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-06")),
                ben.absences());
        assertEquals(TEAM.members().get(0), team.members().get(0));
        assertEquals(TEAM.thresholds(), team.thresholds());
        assertEquals(Set.of(), TEAM.members().get(1).absences());
    }

    @Test
    public void removedMember_lowersCapacity_andRaisesALevelFromOkToOvercommitted() {
        // 64 h over 80 h is 80%, OK; without ben Wednesday to Friday 64 h over 56 h is 114%.
        WorkItem item = anIssue("OPS-1").remaining(64).committedTo("2026-03-06").build();
        Team team = changed(away("ben", "2026-03-04", "2026-03-06"));

        assertEquals(Level.OK, levelOf(TEAM, item));
        assertEquals(Level.OVERCOMMITTED, levelOf(team, item));
        assertEquals(0, new BigDecimal("56").compareTo(TeamAssessment.assess(team, List.of(item), MONDAY)
                .verdictFor(IssueKey.parse("OPS-1")).orElseThrow().capacity()));
    }

    @Test
    public void addedHours_raiseTheMembersWeek_andLowerALevelFromWarningToOk() {
        // 76 h over 80 h is 95%, warning; with anna at 60 h a week 76 h over 100 h is 76%.
        WorkItem item = anIssue("OPS-2").remaining(76).committedTo("2026-03-06").build();
        Team team = changed(extra("anna", "20"));

        assertEquals(Hours.of(60), team.members().get(0).weeklyHours());
        assertEquals(Level.WARNING, levelOf(TEAM, item));
        assertEquals(Level.OK, levelOf(team, item));
    }

    @Test
    public void absenceAndHours_applyTogether() {
        Team team = changed(new WhatIfForm("ben", "2026-03-02", "2026-03-02", "anna", "4.5"));

        assertEquals(Hours.of(44.5), team.members().get(0).weeklyHours());
        assertEquals(Set.of(MONDAY), team.members().get(1).absences());
    }

    @Test
    public void unknownMember_isRefusedBesideItsField() {
        assertEquals(Map.of(WhatIfForm.ABSENT_MEMBER, "zoe is not a member of Ops."),
                errors(away("zoe", "2026-03-02", "2026-03-03")));
        assertEquals(Map.of(WhatIfForm.HOURS_MEMBER, "zoe is not a member of Ops."), errors(extra("zoe", "8")));
    }

    @Test
    public void endBeforeStart_isRefusedOnTheEnd() {
        assertEquals(Map.of(WhatIfForm.TO, "The end Mon 2 Mar is before the start Wed 4 Mar."),
                errors(away("ben", "2026-03-04", "2026-03-02")));
    }

    @Test
    public void unreadableOrMissingDates_areRefusedEach() {
        assertEquals(Map.of(WhatIfForm.FROM, "\"next week\" is not a date; write it like 2026-03-13.",
                        WhatIfForm.TO, "Give a date, like 2026-03-13."),
                errors(away("ben", "next week", "")));
    }

    @Test
    public void overAYear_isRefused() {
        assertEquals(Map.of(WhatIfForm.TO, "Choose at most 366 days."), errors(away("ben", "2026-03-02", "2027-03-03")));
    }

    @Test
    public void hoursOutside0To80_orNotANumber_areRefused() {
        assertEquals("Give 0 to 80 extra hours a week, not \"81\".", errors(extra("anna", "81")).get(WhatIfForm.HOURS));
        assertEquals("Give 0 to 80 extra hours a week, not \"-1\".", errors(extra("anna", "-1")).get(WhatIfForm.HOURS));
        assertEquals("Give 0 to 80 extra hours a week, not \"lots\".", errors(extra("anna", "lots")).get(WhatIfForm.HOURS));
        assertEquals(Hours.of(120), changed(extra("anna", "80")).members().get(0).weeklyHours());
    }

    @Test
    public void hoursBeyondAWeek_areRefusedRatherThanThrown() {
        Team busy = aTeam().name("Ops").withMember("anna", 100).build();
        WhatIf.Outcome outcome = WhatIf.apply(busy, extra("anna", "80"));

        assertTrue(outcome instanceof WhatIf.Refused);
        assertEquals("anna works 100 h a week already; with these hours it would be more than 168.",
                new MessageRenderer(Locale.ENGLISH).render(((WhatIf.Refused) outcome).errors().byField()
                        .get(WhatIfForm.HOURS)));
    }

    @Test
    public void emptyForm_asksForAChange() {
        assertEquals(Map.of(FormErrors.FORM, "Choose a member to remove for a while, or hours to add, then preview."),
                errors(WhatIfForm.blank()));
    }

    @Test
    public void formFromParameters_trimsAndReadsMissingAsEmpty() {
        WhatIfForm form = WhatIfForm.of(Map.of("absentMember", List.of(" ben "), "from", List.of("2026-03-02")));

        assertEquals(new WhatIfForm("ben", "2026-03-02", "", "", ""), form);
    }
}
