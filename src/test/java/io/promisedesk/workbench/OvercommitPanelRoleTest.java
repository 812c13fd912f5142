package io.promisedesk.workbench;

import io.promisedesk.panel.OvercommitPanelView;
import io.promisedesk.panel.PanelSubject;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.workload.OvercommitOutcome;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Who sees what of the overcommit panel; every scenario issue has a team, so the no-team state is checked here. */
public class OvercommitPanelRoleTest {
    @Test
    public void noTeam_showsTheHintToAnAdmin_andNothingToOthers() {
        String admin = render(OvercommitPanel.subject(new OvercommitOutcome.NoTeam(), Optional.empty(), true, 0));
        String technician = render(OvercommitPanel.subject(new OvercommitOutcome.NoTeam(), Optional.empty(), false, 0));

        assertTrue(admin, admin.contains("promisedesk-overcommit--no-team"));
        assertEquals("", technician);
    }

    @Test
    public void onlyTechniciansAndAdmins_seeThePanel() {
        assertTrue(Role.TECHNICIAN.seesOvercommitPanel());
        assertTrue(Role.ADMIN.seesOvercommitPanel());
        assertFalse(Role.SALESPERSON.seesOvercommitPanel());
        assertFalse(Role.NONE.seesOvercommitPanel());
    }

    private static String render(PanelSubject subject) {
        return JiraLikeVelocity.render(OvercommitPanelView.TEMPLATE,
                new OvercommitPanelView("").context(subject, Locale.ENGLISH, LocalDate.of(2026, 3, 2))).strip();
    }
}
