package io.promisedesk.rendering;

import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Every template the plugin ships keeps {@link TemplateSourceRules}, the ones added later included. */
public class TemplateSourceRulesTest {

    @Test
    public void everyShippedTemplate_keepsTheSourceRules() {
        List<String> templates = TemplateSourceRules.everyTemplate();
        assertTrue(templates.toString(), templates.size() > 20);
        Map<String, List<String>> broken = new LinkedHashMap<>();
        for (String template : templates) {
            List<String> problems = TemplateSourceRules.problems(template);
            if (!problems.isEmpty()) {
                broken.put(template, problems);
            }
        }

        assertEquals(Map.of(), broken);
    }

    @Test
    public void eachRule_isFound_withWhatBrokeIt() {
        List<String> problems = TemplateSourceRules.problems("templates/rendering/breaks-source-rules.vm");

        assertTrue(problems.toString(), problems.contains("method call: $issue.getKey("));
        assertTrue(problems.toString(), problems.contains("reference Jira would not escape: $summaryHtml"));
        assertTrue(problems.toString(), problems.contains("escaping switched off: #disable_html_escaping"));
        assertTrue(problems.toString(), problems.contains("inline style, script or handler: <script"));
        assertTrue(problems.toString(), problems.contains("inline style, script or handler:  onclick="));
        assertTrue(problems.toString(), problems.contains("syntax newer than Velocity 1.x: #define"));
    }
}
