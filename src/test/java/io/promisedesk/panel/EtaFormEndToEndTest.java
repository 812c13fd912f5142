package io.promisedesk.panel;

import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.EtaUpdateOutcome.Accepted;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;
import io.promisedesk.rendering.JiraLikeVelocity;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.panel.EtaFormRendering.OPS_1;
import static io.promisedesk.panel.EtaFormRendering.TEAM;
import static io.promisedesk.panel.EtaFormRendering.TOKEN;
import static io.promisedesk.panel.EtaFormRendering.dateValue;
import static io.promisedesk.panel.EtaFormRendering.reasonValue;
import static io.promisedesk.panel.EtaFormRendering.render;
import static io.promisedesk.panel.EtaFormRendering.submitted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** A technician slips OPS-1's ETA through the form as rendered, with the real UpdateEta, store and a fixed clock. */
public class EtaFormEndToEndTest {
    private final EtaFormRendering world = new EtaFormRendering();

    @Test
    public void slipWithoutReason_isRefusedAndKept_thenWithAReasonIsSavedAndInTheHistory() {
        Document fresh = render(world.view.fresh(OPS_1, world.store.load(OPS_1).currentEta(), true, Locale.ENGLISH));
        Map<String, List<String>> form = submitted(fresh);
        form.put("eta", List.of("2026-03-20"));

        EtaFormInput first = EtaFormInput.of(form);
        EtaUpdateOutcome refused = world.submit(first);
        Document again = render(world.view.rejected(OPS_1, first, (Rejected) refused, Locale.ENGLISH));

        assertEquals("Moving the ETA later, from Fri 13 Mar to Fri 20 Mar, needs a reason.",
                again.selectFirst("#promisedesk-eta-reason-error").text());
        assertEquals("2026-03-20", dateValue(again));
        assertEquals(1, world.store.load(OPS_1).changes().size());

        Map<String, List<String>> retyped = submitted(again);
        assertEquals(List.of(TOKEN), retyped.get("atl_token"));
        retyped.put("reason", List.of("Vendor ships a week late"));
        EtaUpdateOutcome saved = world.submit(EtaFormInput.of(retyped));
        Document confirmed = render(world.view.accepted(OPS_1, (Accepted) saved, Locale.ENGLISH));

        assertEquals("Saved. The ETA is now Fri 20 Mar.", confirmed.selectFirst("[role=status]").text());
        assertEquals("", reasonValue(confirmed));
        Document history = JiraLikeVelocity.renderDocument(EtaHistoryView.TEMPLATE,
                new EtaHistoryView().context(world.store.load(OPS_1), TEAM, ZoneOffset.UTC, Locale.ENGLISH));
        assertEquals(List.of("Mon 2 Mar, 09:00", "anna", "Fri 13 Mar", "Fri 20 Mar", "Slip: 5 working days later",
                "Vendor ships a week late"), history.selectFirst("tbody tr").select("th, td").eachText());
        assertTrue(history.selectFirst("tbody tr").hasClass("promisedesk-eta-change--slip"));
    }
}
