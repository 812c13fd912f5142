package io.promisedesk.jira.web;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.panel.OvercommitPanelView;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The descriptor's Jira modules: where each shows, what it renders, and which of our classes decide. */
public class JiraModulesTest {
    private final Document descriptor = PluginDescriptor.descriptor();

    @Test
    public void overcommitPanel_isAVelocityWebPanelInTheIssueViewsRightColumn() {
        Element panel = module("promisedesk-overcommit-panel");

        assertEquals("web-panel", panel.getTagName());
        assertEquals("atl.jira.view.issue.right.context", panel.getAttribute("location"));
        Element resource = only(panel, "resource");
        assertEquals("view", resource.getAttribute("name"));
        assertEquals("velocity", resource.getAttribute("type"));
        assertEquals(OvercommitPanelView.TEMPLATE, resource.getAttribute("location"));
        assertNotNull("packaged from src/main/resources", getClass().getClassLoader().getResource(OvercommitPanelView.TEMPLATE));
        assertEquals(OvercommitPanelContextProvider.class.getName(), only(panel, "context-provider").getAttribute("class"));
        assertEquals(OvercommitPanelCondition.class.getName(), only(panel, "condition").getAttribute("class"));
    }

    @Test
    public void salesView_isAnIssueToolLinkingToTheSalesPageOfTheIssue_forSalesOnly() throws Exception {
        Element item = module("promisedesk-sales-view");

        assertEquals("web-item", item.getTagName());
        assertEquals("jira.issue.tools", item.getAttribute("section"));
        assertEquals(salesPath("ISSUE_PATH") + "$issue.key", only(item, "link").getTextContent().strip());
        assertEquals(SalesCondition.class.getName(), only(item, "condition").getAttribute("class"));
    }

    @Test
    public void myCommitments_isInTheTopNavigation_forSalesOnly() throws Exception {
        Element item = module("promisedesk-my-commitments");

        assertEquals("web-item", item.getTagName());
        assertEquals("system.top.navigation.bar", item.getAttribute("section"));
        assertEquals(salesPath("COMMITMENTS_PATH"), only(item, "link").getTextContent().strip());
        assertEquals(SalesCondition.class.getName(), only(item, "condition").getAttribute("class"));
    }

    @Test
    public void etaInboxes_areInTheTopNavigation_forTeamMembersAndAdmins() {
        Element item = module("promisedesk-inbox-link");

        assertEquals("web-item", item.getTagName());
        assertEquals("system.top.navigation.bar", item.getAttribute("section"));
        assertEquals("/plugins/servlet/promisedesk/inbox", only(item, "link").getTextContent().strip());
        assertEquals(InboxCondition.class.getName(), only(item, "condition").getAttribute("class"));
    }

    @Test
    public void styles_areADownloadableWebResource_onTheIssueViewAndInOurOwnContext() {
        Element resources = module("promisedesk-resources");

        assertEquals("web-resource", resources.getTagName());
        Element css = only(resources, "resource");
        assertEquals("download", css.getAttribute("type"));
        assertEquals("promisedesk.css", css.getAttribute("name"));
        assertEquals("css/promisedesk.css", css.getAttribute("location"));
        assertNotNull("packaged from src/main/resources", getClass().getClassLoader().getResource(css.getAttribute("location")));
        assertEquals(List.of("jira.view.issue", "promisedesk"), PluginDescriptor.elements(resources, "context").stream()
                .map(context -> context.getTextContent().strip()).toList());
    }

    /** Jira provides AUI; a plugin that bundled its own copy would restyle Jira's pages with another version. */
    @Test
    public void styles_dependOnTheAuiJiraProvides_andShipNoAuiOfTheirOwn() {
        Element resources = module("promisedesk-resources");

        List<String> dependencies = PluginDescriptor.elements(resources, "dependency").stream()
                .map(dependency -> dependency.getTextContent().strip()).toList();
        List<String> locations = PluginDescriptor.elements(descriptor.getDocumentElement(), "resource").stream()
                .map(resource -> resource.getAttribute("location")).toList();

        assertEquals(List.of("com.atlassian.auiplugin:ajs", "com.atlassian.auiplugin:aui-lozenge",
                "com.atlassian.auiplugin:aui-message"), dependencies);
        assertTrue(locations.toString(), locations.stream().noneMatch(location -> location.toLowerCase(java.util.Locale.ROOT)
                .matches(".*(aui|atlaskit|tokens).*")));
    }

    @Test
    public void theContextOurPagesRequire_isAContextOfTheStylesWebResource() {
        List<String> contexts = PluginDescriptor.elements(module("promisedesk-resources"), "context").stream()
                .map(context -> context.getTextContent().strip()).toList();

        assertTrue(contexts + " has no " + StylesheetContext.NAME, contexts.contains(StylesheetContext.NAME));
    }

    @Test
    public void everyConditionAndContextProviderOfOurs_implementsItsInterface_andModuleKeysAreUnique() throws Exception {
        Element root = descriptor.getDocumentElement();
        for (Element condition : PluginDescriptor.elements(root, "condition")) {
            assertTrue(condition.getAttribute("class"),
                    Condition.class.isAssignableFrom(Class.forName(condition.getAttribute("class"))));
        }
        for (Element provider : PluginDescriptor.elements(root, "context-provider")) {
            assertTrue(provider.getAttribute("class"),
                    ContextProvider.class.isAssignableFrom(Class.forName(provider.getAttribute("class"))));
        }
        Set<String> keys = new HashSet<>();
        for (Element module : PluginDescriptor.children(root)) {
            if (module.hasAttribute("key")) {
                assertTrue("module key used twice: " + module.getAttribute("key"), keys.add(module.getAttribute("key")));
            }
        }
    }

    private Element module(String key) {
        return PluginDescriptor.module(descriptor, key).orElseThrow(() -> new AssertionError("no module " + key));
    }

    private static Element only(Element parent, String tag) {
        List<Element> found = PluginDescriptor.elements(parent, tag);
        assertEquals("one <" + tag + "> in " + parent.getAttribute("key"), 1, found.size());
        return found.get(0);
    }

    /** The sales pages' paths as the sales views link them, so the descriptor's links cannot drift from them. */
    private static String salesPath(String constant) throws ReflectiveOperationException {
        Field field = Class.forName("io.promisedesk.sales.SalesLinks").getDeclaredField(constant);
        field.setAccessible(true);
        return (String) field.get(null);
    }
}
