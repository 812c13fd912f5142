package io.promisedesk.panel;

import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;

/**
 * The ETA form of OPS-1 as a technician meets it: the ETA was set to Fri 13 Mar 2026 by bob, and it is Monday
 * 2 March 2026, 09:00 UTC; outcomes come from the real {@link UpdateEta} over an in-memory store.
 */
final class EtaFormRendering {
    static final String BASE_URL = "https://jira.example.com";
    static final String TOKEN = "b5f0-token";
    static final IssueKey OPS_1 = IssueKey.parse("OPS-1");
    static final String NOW = "2026-03-02T09:00:00Z";
    static final Team TEAM = aTeam().withMember("anna", 40).build();

    final InMemoryEtaHistoryStore store = new InMemoryEtaHistoryStore();
    final UpdateEta updateEta = new UpdateEta(store, Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC));
    final EtaFormView view = new EtaFormView(BASE_URL);

    EtaFormRendering() {
        store.save(anEtaChange().by("bob").at("2026-02-27T10:00:00Z").to("2026-03-13").build());
    }

    EtaUpdateOutcome submit(EtaFormInput input) {
        return updateEta.update(input.toCommand(TEAM, OPS_1, "anna"));
    }

    /** Renders the context as Jira will, with the form token the adapter adds. */
    static Document render(Map<String, Object> context) {
        Map<String, Object> withToken = new LinkedHashMap<>(context);
        withToken.put("xsrfToken", TOKEN);
        return JiraLikeVelocity.renderDocument(EtaFormView.TEMPLATE, withToken);
    }

    static String dateValue(Document page) {
        return page.selectFirst("#promisedesk-eta-date").val();
    }

    static String reasonValue(Document page) {
        return textareaValue(page.selectFirst("#promisedesk-eta-reason"));
    }

    /** A textarea's value as a browser takes it: all its text, less the one line break right after the tag. */
    static String textareaValue(Element textarea) {
        String text = textarea.wholeText();
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    static String expectedValue(Document page) {
        return page.selectFirst("input[type=hidden][name=expectedEta]").val();
    }

    static String current(Document page) {
        return page.selectFirst("dd.promisedesk-fact--currentEta").text();
    }

    /** The text of the elements a field's aria-describedby names, in order. */
    static List<String> description(Document page, Element field) {
        List<String> texts = new ArrayList<>();
        for (String id : field.attr("aria-describedby").split(" ")) {
            if (!id.isEmpty()) {
                texts.add(page.getElementById(id).text());
            }
        }
        return texts;
    }

    /** What a browser sends for the form as shown: every named input and textarea with its value. */
    static Map<String, List<String>> submitted(Document page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : page.select("form input, form textarea")) {
            values.computeIfAbsent(field.attr("name"), name -> new ArrayList<>()).add(field.is("textarea") ? textareaValue(field) : field.val());
        }
        return values;
    }

    static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    static String source(String path) throws IOException {
        try (InputStream in = EtaFormRendering.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
