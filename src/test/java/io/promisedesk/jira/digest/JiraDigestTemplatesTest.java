package io.promisedesk.jira.digest;

import com.atlassian.jira.template.TemplateSource;
import com.atlassian.jira.template.VelocityTemplatingEngine;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * The digest's templates go to Jira's Velocity engine as text read from the plugin's class path in UTF-8, with the
 * context applied, and come back as HTML or as plain text as asked.
 */
public class JiraDigestTemplatesTest {
    private final List<String> calls = new ArrayList<>();
    private final JiraDigestTemplates templates = new JiraDigestTemplates(engine());

    @Test
    public void html_rendersTheTemplatesTextWithTheContext_asHtml() {
        String html = templates.html("jira-digest/greeting.vm", Map.of("name", "Sam"));

        assertEquals("html", html);
        assertEquals(List.of("render Grüße, $name: ETA gewijzigd — 10 maart\n", "applying {name=Sam}", "asHtml"),
                calls);
    }

    @Test
    public void text_rendersTheSameTemplate_asPlainText() {
        String text = templates.text("jira-digest/greeting.vm", Map.of("name", "<Sam>"));

        assertEquals("text", text);
        assertEquals(List.of("render Grüße, $name: ETA gewijzigd — 10 maart\n", "applying {name=<Sam>}",
                "asPlainText"), calls);
    }

    @Test
    public void aTemplateNotOnTheClassPath_isRefused_beforeJiraIsAsked() {
        assertThrows(IllegalArgumentException.class, () -> templates.html("jira-digest/missing.vm", Map.of()));

        assertEquals(List.of(), calls);
    }

    private VelocityTemplatingEngine engine() {
        VelocityTemplatingEngine.RenderRequest[] request = new VelocityTemplatingEngine.RenderRequest[1];
        request[0] = fake(VelocityTemplatingEngine.RenderRequest.class, Map.of(
                "applying", arguments -> {
                    calls.add("applying " + arguments[0]);
                    return request[0];
                },
                "asHtml", arguments -> {
                    calls.add("asHtml");
                    return "html";
                },
                "asPlainText", arguments -> {
                    calls.add("asPlainText");
                    return "text";
                }));
        return fake(VelocityTemplatingEngine.class, Map.of("render", arguments -> {
            calls.add("render " + ((TemplateSource.Fragment) arguments[0]).getContent());
            return request[0];
        }));
    }
}
