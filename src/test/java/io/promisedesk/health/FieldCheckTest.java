package io.promisedesk.health;

import io.promisedesk.settings.InMemoryTeamSettingsStore;
import org.junit.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.health.HealthTeams.store;
import static io.promisedesk.health.HealthTeams.team;
import static org.junit.Assert.assertEquals;

public class FieldCheckTest {
    private final Map<FieldKind, FieldProbe.FieldType> types = new EnumMap<>(FieldKind.class);
    private final InMemoryTeamSettingsStore teams = store(team("ops", "Operations", Set.of("OPS", "NET"), ""),
            team("desk", "Service desk", Set.of("SD"), ""));

    private static FieldProbe.Field field(String id, String name, boolean global, Set<String> projects,
                                          Optional<String> searcher) {
        return new FieldProbe.Field(id, name, global, projects, searcher);
    }

    private void healthyEta() {
        types.put(FieldKind.ETA, new FieldProbe.FieldType(FieldKind.ETA, true, List.of(field("customfield_2", "ETA", true,
                Set.of(), Optional.of(FieldCheck.DATE_RANGE_SEARCHER)))));
    }

    private List<String> check() {
        return Findings.read(new FieldCheck(types::get, teams).run());
    }

    @Test
    public void bothTypesWithAGlobalField_searchedByTheDateRangePicker_areGreen() {
        healthyEta();
        types.put(FieldKind.SALES_COMMITMENT, new FieldProbe.FieldType(FieldKind.SALES_COMMITMENT, true,
                List.of(field("customfield_1", "Sales Commitment", false, Set.of("OPS", "NET", "SD", "HR"),
                        Optional.of(FieldCheck.DATE_RANGE_SEARCHER)))));

        assertEquals(List.of(
                "GREEN Field Sales Commitment (customfield_1) is available in every project of the configured teams.",
                "GREEN Field Sales Commitment is searched with Jira’s Date Range picker.",
                "GREEN Field ETA (customfield_2) is available in all projects.",
                "GREEN Field ETA is searched with Jira’s Date Range picker."), check());
    }

    @Test
    public void aTypeJiraDoesNotKnow_isRed_namingTheModuleToEnable() {
        healthyEta();
        types.put(FieldKind.SALES_COMMITMENT, new FieldProbe.FieldType(FieldKind.SALES_COMMITMENT, false, List.of()));

        List<Finding> findings = new FieldCheck(types::get, teams).run();

        assertEquals("RED Jira has no field type Sales Commitment: the app’s module sales-commitment is not enabled.",
                Findings.read(findings).get(0));
        assertEquals("In Manage apps, open Promise Desk’s modules and enable sales-commitment; if it does not stay"
                + " enabled, Jira’s log says why.", Findings.advice(findings.get(0)));
    }

    @Test
    public void aTypeWithoutAField_isRed_sayingHowToCreateOne() {
        healthyEta();
        types.put(FieldKind.SALES_COMMITMENT, new FieldProbe.FieldType(FieldKind.SALES_COMMITMENT, true, List.of()));

        List<Finding> findings = new FieldCheck(types::get, teams).run();

        assertEquals("RED There is no custom field of type Sales Commitment.", Findings.read(findings).get(0));
        assertEquals("Create one in Administration, Issues, Custom fields, Create custom field: type Sales Commitment,"
                + " with the Date Range picker as its search template.", Findings.advice(findings.get(0)));
    }

    @Test
    public void aContextMissingTeamsProjects_isRed_namingThem() {
        types.put(FieldKind.SALES_COMMITMENT, new FieldProbe.FieldType(FieldKind.SALES_COMMITMENT, true,
                List.of(field("customfield_1", "Sales Commitment", false, Set.of("OPS"),
                        Optional.of(FieldCheck.DATE_RANGE_SEARCHER)))));
        healthyEta();

        List<Finding> findings = new FieldCheck(types::get, teams).run();

        assertEquals("RED Field Sales Commitment is not available in the projects NET, SD, where configured teams work:"
                + " their issues cannot hold it.", Findings.read(findings).get(0));
        assertEquals("Add those projects to the context of Sales Commitment (Custom fields, Sales Commitment, Configure,"
                + " Edit configuration), or make its context global.", Findings.advice(findings.get(0)));
    }

    @Test
    public void noSearcher_orAnotherOne_isAmber_andSeveralFieldsOfOneType_isAmber() {
        healthyEta();
        types.put(FieldKind.SALES_COMMITMENT, new FieldProbe.FieldType(FieldKind.SALES_COMMITMENT, true, List.of(
                field("customfield_1", "Promise", true, Set.of(), Optional.of("com.example:text-searcher")),
                field("customfield_9", "Promise (old)", true, Set.of(), Optional.empty()))));
        types.put(FieldKind.ETA, new FieldProbe.FieldType(FieldKind.ETA, true,
                List.of(field("customfield_2", "ETA", true, Set.of(), Optional.empty()))));

        List<Finding> findings = new FieldCheck(types::get, teams).run();

        assertEquals(List.of(
                "AMBER There are 2 fields of type Sales Commitment; Promise Desk reads and writes only Promise"
                        + " (customfield_1).",
                "GREEN Field Promise (customfield_1) is available in all projects.",
                "AMBER Field Promise is searched with another search template than the Date Range picker.",
                "GREEN Field ETA (customfield_2) is available in all projects.",
                "AMBER Field ETA has no search template, so JQL on it, such as \"ETA\" <= endOfWeek(), does not work."),
                Findings.read(findings));
        assertEquals(Optional.of("com.example:text-searcher"), findings.get(2).detail());
        assertEquals("Edit the field ETA in Custom fields and choose the Date Range picker as its search template.",
                Findings.advice(findings.get(4)));
    }
}
