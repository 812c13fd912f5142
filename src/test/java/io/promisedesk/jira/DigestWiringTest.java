package io.promisedesk.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.SendDigests;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The digest job's wiring in digest-context.xml builds: SendDigests from the stores and Jira adapters, the mails, the
 * preview, the job, and its schedule exported to SAL as a LifecycleAware service.
 */
public class DigestWiringTest {
    private static final List<String> DIGEST_REFERENCES = List.of("velocityTemplatingEngine", "jiraUserManager",
            "localeManager", "mailQueue", "schedulerService");

    @Test
    public void theJobWiring_buildsFromTheOtherBeans() {
        SpringWiring wiring = wiring();

        assertEquals(List.of(), wiring.beanProblems());
        assertEquals(List.of(), wiring.referenceProblems(java.util.Set.of()).stream()
                .filter(problem -> DIGEST_REFERENCES.contains(problem.substring(0, problem.indexOf(':'))))
                .toList());
        Map<String, Class<?>> provided = wiring.provided();
        assertEquals(SendDigests.class, provided.get("sendDigests"));
        assertEquals(DigestSchedule.class, provided.get("digestSchedule"));
        assertTrue(JobRunner.class.isAssignableFrom(provided.get("digestJob")));
        assertEquals(io.promisedesk.jira.digest.JiraDigestMails.class, provided.get("digestMails"));
        assertEquals(io.promisedesk.digest.PreviewDigest.class, provided.get("previewDigest"));
    }

    @Test
    public void theJobWiring_givesEveryTypeOnce() {
        Map<String, List<String>> idsByType = new TreeMap<>();
        SpringWiring wiring = wiring();
        wiring.beans().forEach(bean -> idsByType.computeIfAbsent(bean.className(), type -> new ArrayList<>())
                .add(bean.id()));
        wiring.references().forEach(reference -> idsByType.computeIfAbsent(reference.interfaceName(),
                type -> new ArrayList<>()).add(reference.id()));
        idsByType.values().removeIf(ids -> ids.size() == 1);

        assertEquals(Map.of(), idsByType);
    }

    /** SAL calls onStart and onStop only of LifecycleAware services it finds in OSGi (docs/research/platform-osgi.md 4). */
    @Test
    public void theJobSchedule_isExportedToSal_asLifecycleAware() {
        NodeList services = PluginDescriptor.parse(digestContext()).getElementsByTagName("osgi:service");

        assertEquals(1, services.getLength());
        Element service = (Element) services.item(0);
        assertEquals(LifecycleAware.class.getName(), service.getAttribute("interface"));
        assertTrue(LifecycleAware.class.isAssignableFrom(wiring().provided().get(service.getAttribute("ref"))));
    }

    private static SpringWiring wiring() {
        return SpringWiring.of(PluginDescriptor.springContexts(), Map.of());
    }

    private static String digestContext() {
        return PluginDescriptor.springContexts().stream()
                .filter(context -> context.contains("id=\"digestRecipients\""))
                .findFirst().orElseThrow();
    }
}
