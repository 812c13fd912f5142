package io.promisedesk.rendering;

import io.promisedesk.rendering.AllowlistUberspect.BlockedCall;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The test engine renders as Jira does: its escaping, its loud references, its velocity allowlist. */
public class JiraLikeVelocityTest {
    private static final String TEMPLATE = "templates/rendering/harness-check.vm";
    private static final String ALLOWLIST_CHECK = "templates/rendering/allowlist-check.vm";

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
    public void mapReads_renderWithoutAnAllowlistEntry_asJirasVelocityReadsMaps() {
        Document document = JiraLikeVelocity.renderDocument(ALLOWLIST_CHECK, Map.of("case", "mapRead",
                "row", Map.of("label", "At risk"), "rows", List.of(Map.of("label", "one"), Map.of("label", "two"))));

        assertEquals("At risk", document.selectFirst("p.label").text());
        assertEquals(List.of("one", "two"), document.select("i").eachText());
    }

    @Test
    public void aJdkMethodCall_isBlocked_withWhereTheTemplateMadeIt() {
        BlockedCall blocked = assertThrows(BlockedCall.class, () -> JiraLikeVelocity.render(ALLOWLIST_CHECK,
                Map.of("case", "jdkCall", "rows", List.of("a"))));

        assertTrue(blocked.getMessage(), blocked.getMessage().startsWith(ALLOWLIST_CHECK + ":3:"));
        assertTrue(blocked.getMessage(), blocked.getMessage().contains("Jira 10 blocks java.util."));
        assertTrue(blocked.getMessage(), blocked.getMessage().contains("#size()"));
    }

    @Test
    public void aJdkGetterReadAsAProperty_isBlocked() {
        BlockedCall blocked = assertThrows(BlockedCall.class, () -> JiraLikeVelocity.render(ALLOWLIST_CHECK,
                Map.of("case", "jdkGetter", "rows", List.of())));

        assertTrue(blocked.getMessage(), blocked.getMessage().contains("#isEmpty()"));
    }

    @Test
    public void aWriteIntoAMap_isBlocked() {
        BlockedCall blocked = assertThrows(BlockedCall.class, () -> JiraLikeVelocity.render(ALLOWLIST_CHECK,
                Map.of("case", "mapWrite", "row", new HashMap<>(Map.of("label", "x")))));

        assertTrue(blocked.getMessage(), blocked.getMessage().contains("#put(java.lang.Object,java.lang.Object)"));
    }

    @Test
    public void ourOwnMethods_needAnEntry_andAnEntryLetsExactlyThatMethodThrough() {
        VelocityAllowlist allowlist = VelocityAllowlist.fromDescriptor("<atlassian-plugin><velocity-allowlist key=\"a\">"
                + "<method>io.promisedesk.rendering.AllowlistSample#getName()</method></velocity-allowlist>"
                + "</atlassian-plugin>");
        Map<String, Object> getter = Map.of("case", "ownGetter", "sample", new AllowlistSample());
        Map<String, Object> call = Map.of("case", "ownCall", "sample", new AllowlistSample());

        assertThrows(BlockedCall.class, () -> JiraLikeVelocity.render(ALLOWLIST_CHECK, getter));
        assertTrue(JiraLikeVelocity.renderAllowing(allowlist, ALLOWLIST_CHECK, getter)
                .contains("<p class=\"name\">sample</p>"));
        BlockedCall blocked = assertThrows(BlockedCall.class,
                () -> JiraLikeVelocity.renderAllowing(allowlist, ALLOWLIST_CHECK, call));
        assertTrue(blocked.getMessage(), blocked.getMessage().contains(
                "io.promisedesk.rendering.AllowlistSample#other(java.lang.String)"));
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
