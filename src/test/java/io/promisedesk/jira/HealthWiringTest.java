package io.promisedesk.jira;

import io.promisedesk.health.Area;
import io.promisedesk.health.HealthCheck;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.jira.servlet.AdminRequests;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The health check's wiring in health-context.xml builds: a probe and a check per area, the service over all eight in
 * their order, given to the admin pages and the REST resource; and the one reference whose export Jira 10.3 does not
 * confirm is optional, so that the plugin starts without it.
 */
public class HealthWiringTest {
    private final SpringWiring wiring = SpringWiring.of(PluginDescriptor.springContexts(), Map.of());

    @Test
    public void theService_isBuiltOverOneCheckPerArea_inThePagesOrder() throws ClassNotFoundException {
        Map<String, Class<?>> provided = wiring.provided();
        SpringWiring.Bean service = wiring.beans().stream().filter(bean -> bean.id().equals("runHealthChecks"))
                .findFirst().orElseThrow();

        assertEquals(RunHealthChecks.class, provided.get("runHealthChecks"));
        assertEquals("of", service.factoryMethod());
        assertEquals("clock", service.argumentRefs().get(0));
        List<String> checks = service.argumentRefs().subList(1, service.argumentRefs().size());
        assertEquals(Area.values().length, checks.size());
        for (String check : checks) {
            assertTrue(check, HealthCheck.class.isAssignableFrom(provided.get(check)));
        }
        assertEquals(List.of(), wiring.beanProblems());
    }

    @Test
    public void theAdminPages_getTheService() {
        SpringWiring.Bean admin = wiring.beans().stream().filter(bean -> bean.id().equals("adminRequests"))
                .findFirst().orElseThrow();

        assertEquals(AdminRequests.class.getName(), admin.className());
        assertTrue(admin.argumentRefs().contains("runHealthChecks"));
    }

    @Test
    public void theClusterManager_isAnOptionalReference_thatFailsAtOnceWithoutAService() {
        List<Element> optional = new ArrayList<>();
        for (String xml : PluginDescriptor.springContexts()) {
            NodeList references = PluginDescriptor.parse(xml).getElementsByTagName("osgi:reference");
            for (int index = 0; index < references.getLength(); index++) {
                Element reference = (Element) references.item(index);
                if (reference.hasAttribute("availability")) {
                    optional.add(reference);
                }
            }
        }

        assertEquals(1, optional.size());
        assertEquals("com.atlassian.jira.cluster.ClusterManager", optional.get(0).getAttribute("interface"));
        assertEquals("optional", optional.get(0).getAttribute("availability"));
        assertEquals("0", optional.get(0).getAttribute("timeout"));
    }
}
