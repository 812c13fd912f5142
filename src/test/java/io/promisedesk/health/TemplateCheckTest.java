package io.promisedesk.health;

import io.promisedesk.rendering.TemplateSourceRules;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class TemplateCheckTest {
    @Test
    public void everyTemplateRendering_isOneGreenLine() {
        assertEquals(List.of("GREEN All " + TemplateCheck.TEMPLATES.size() + " templates render."),
                Findings.read(new TemplateCheck(template -> Optional.empty()).run()));
    }

    @Test
    public void eachTemplateThatDoesNotRender_isARedLine_namingIt() {
        List<Finding> findings = new TemplateCheck(template -> template.endsWith("teams.vm")
                ? Optional.of("org.apache.velocity.exception.ResourceNotFoundException: Unable to find resource")
                : Optional.empty()).run();

        assertEquals(List.of("RED Template templates/admin/teams.vm does not render: org.apache.velocity.exception"
                + ".ResourceNotFoundException: Unable to find resource"), Findings.read(findings));
        assertEquals(Optional.of("templates/admin/teams.vm"), findings.get(0).detail());
    }

    @Test
    public void theListNamesEveryTemplateThePluginShips() {
        assertEquals(TemplateSourceRules.everyTemplate(), TemplateCheck.TEMPLATES.stream().sorted().toList());
    }
}
