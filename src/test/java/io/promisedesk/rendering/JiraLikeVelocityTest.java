package io.promisedesk.rendering;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraLikeVelocityTest {
    private static final String TEMPLATE = "templates/rendering/harness-check.vm";

    @Test
    public void insertedValues_areEscapedAsJiraEscapesThem() {
        String html = JiraLikeVelocity.render(TEMPLATE, Map.of("value", "<b a=\"1\" c='2'>&</b>", "valueHtml", "",
                "showMissing", false));

        assertTrue(html, html.contains("<p class=\"plain\" title=\"&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;&lt;/b&gt;\">"
                + "&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;&lt;/b&gt;</p>"));
    }

    @Test
    public void escapedValue_readsAsTheOriginalTextInTheBrowser() {
        String value = "\" onmouseover=\"alert(1)";

        Document document = JiraLikeVelocity.renderDocument(TEMPLATE, Map.of("value", value, "valueHtml", "",
                "showMissing", false));

        assertEquals(value, document.selectFirst("p.plain").text());
        assertEquals(value, document.selectFirst("p.plain").attr("title"));
        assertFalse(document.selectFirst("p.plain").hasAttr("onmouseover"));
    }

    @Test
    public void referencesNamedHtml_areInsertedAsTheyAre() {
        Document document = JiraLikeVelocity.renderDocument(TEMPLATE, Map.of("value", "", "valueHtml", "<em>trusted</em>",
                "showMissing", false));

        assertEquals("trusted", document.selectFirst("div.trusted > em").text());
    }

    @Test
    public void quietReferenceWithoutValue_rendersNothing() {
        Document document = JiraLikeVelocity.renderDocument(TEMPLATE, Map.of("value", "", "valueHtml", "",
                "showMissing", false));

        assertEquals("", document.selectFirst("p.quiet").html());
    }

    @Test
    public void loudReferenceWithoutValue_failsTheRender() {
        AssertionError error = assertThrows(AssertionError.class, () -> JiraLikeVelocity.render(TEMPLATE,
                Map.of("value", "", "valueHtml", "", "showMissing", true)));

        assertEquals(TEMPLATE + " inserts references without a value, which Jira would show literally: [$missing]",
                error.getMessage());
    }

    @Test
    public void htmlSafeNames_endInHtml() {
        assertTrue(JiraLikeVelocity.isHtmlSafeName("$bodyHtml"));
        assertTrue(JiraLikeVelocity.isHtmlSafeName("${row.html}"));
        assertTrue(JiraLikeVelocity.isHtmlSafeName("$!item.renderHtml()"));
        assertFalse(JiraLikeVelocity.isHtmlSafeName("$htmlBody"));
        assertFalse(JiraLikeVelocity.isHtmlSafeName("$row.HTML"));
    }
}
