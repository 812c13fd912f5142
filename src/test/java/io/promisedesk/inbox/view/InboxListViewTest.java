package io.promisedesk.inbox.view;

import io.promisedesk.fixtures.TeamBuilder;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.team.Team;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static io.promisedesk.inbox.view.InboxRendering.BASE_URL;
import static io.promisedesk.inbox.view.InboxRendering.DUTCH;
import static io.promisedesk.inbox.view.InboxRendering.render;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class InboxListViewTest {
    private final InboxListView view = new InboxListView(BASE_URL);
    private final Team fieldOps = TeamBuilder.aTeam().key("field ops").name("Field operations").withMember("ada", 40).build();
    private final Team network = TeamBuilder.aTeam().key("network").name("Network engineering").withMember("carla", 40).build();

    @Test
    public void eachInbox_isALinkToItsPage_withHowManyWait() {
        Document page = render(InboxListView.TEMPLATE, view.context(List.of(new InboxListView.Waiting(fieldOps, 3),
                new InboxListView.Waiting(network, 0)), Locale.ENGLISH));

        assertEquals("ETA inboxes", page.selectFirst("nav h1").text());
        assertEquals(List.of("Field operations: 3 requests waiting", "Network engineering: nobody waiting"),
                page.select("li").eachText());
        assertEquals(List.of(BASE_URL + "/plugins/servlet/promisedesk/inbox/field%20ops",
                BASE_URL + "/plugins/servlet/promisedesk/inbox/network"), page.select("li a").eachAttr("href"));
        assertEquals(1, page.select("li.promisedesk-inbox-list__inbox--waiting").size());
    }

    @Test
    public void noInbox_saysSoInsteadOfAnEmptyList() {
        Document page = render(InboxListView.TEMPLATE, view.context(List.of(), Locale.ENGLISH));

        assertNull(page.selectFirst("ul"));
        assertTrue(page.selectFirst(".promisedesk-inbox-list__none").text().startsWith("There is no ETA inbox for you"));
    }

    @Test
    public void inDutch() {
        Document page = render(InboxListView.TEMPLATE, view.context(List.of(new InboxListView.Waiting(network, 1)), DUTCH));

        assertEquals("ETA-inboxen", page.selectFirst("h1").text());
        assertEquals("Network engineering: 1 aanvraag wacht", page.selectFirst("li").text());
    }

    @Test
    public void aTeamsNameAndKey_areText_neverMarkup() {
        for (String payload : XssCorpus.payloads(64)) {
            Team team = TeamBuilder.aTeam().key(payload).name(payload).withMember("ada", 40).build();

            Document page = render(InboxListView.TEMPLATE, view.context(List.of(new InboxListView.Waiting(team, 2)),
                    Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload.strip(), page.selectFirst("li a").text().strip());
        }
    }

    @Test
    public void aNegativeCount_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InboxListView.Waiting(network, -1));
    }
}
