package io.promisedesk.sales;

import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.fixtures.PlatformScenario;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckPromise;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;

/**
 * The commitment form of OPS-30, 24 hours of work for the scenario's team "platform" on Monday 2 March 2026, promised
 * for Fri 20 March to ACME; answers come from the real {@link SetCommitment} over in-memory ports.
 */
final class CommitmentFormRendering {
    static final String BASE_URL = "https://jira.example.com";
    static final String TOKEN = "c0ff-token";
    static final Team TEAM = PlatformScenario.platformTeam();
    static final WorkItem OPS_30 = anIssue("OPS-30").remaining(24).committedTo("2026-03-20", "ACME").build();

    final WorkloadWorld world = new WorkloadWorld();
    final InMemoryCommitmentStore store = new InMemoryCommitmentStore();
    final SetCommitment setCommitment = new SetCommitment(store, new CheckPromise(world.snapshots), world.clock, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY);
    final CommitmentFormView view = new CommitmentFormView(BASE_URL);

    CommitmentFormRendering() {
        world.work.put(OPS_30);
    }

    /** What a salesperson typed into the form as it was shown for OPS-30: the commitment 20 March to ACME expected. */
    static CommitmentFormInput typed(String date, String customer, String note) {
        return new CommitmentFormInput(date, customer, note, "2026-03-20", "ACME");
    }

    /** Renders the context as Jira will, with the form token the adapter adds; the context must be plain. */
    static Document render(Map<String, Object> context) {
        RenderedHtml.assertPlainContext(context);
        Map<String, Object> withToken = new LinkedHashMap<>(context);
        withToken.put("xsrfToken", TOKEN);
        return JiraLikeVelocity.renderDocument(CommitmentFormView.TEMPLATE, withToken);
    }

    static String value(Document page, String field) {
        Element input = page.selectFirst("#promisedesk-commitment-" + field);
        if (input.is("textarea")) {
            String text = input.wholeText();
            return text.startsWith("\n") ? text.substring(1) : text;
        }
        return input.val();
    }

    static String answer(Document page) {
        return page.selectFirst("#promisedesk-commitment-answer").text();
    }

    /**
     * What a browser sends for the form as shown, without the buttons: every named input, textarea and select (its
     * selected option, else its first).
     */
    static Map<String, List<String>> submitted(Document page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : page.select("form input, form textarea, form select")) {
            String value;
            if (field.is("textarea")) {
                value = value(page, field.attr("name"));
            } else if (field.is("select")) {
                Element chosen = field.selectFirst("option[selected]");
                value = (chosen == null ? field.selectFirst("option") : chosen).val();
            } else {
                value = field.val();
            }
            values.computeIfAbsent(field.attr("name"), name -> new ArrayList<>()).add(value);
        }
        return values;
    }
}
