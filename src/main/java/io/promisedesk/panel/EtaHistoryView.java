package io.promisedesk.panel;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.team.Team;
import io.promisedesk.team.WorkingDays;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the context of {@code templates/panel/eta-history.vm}: one issue's ETA changes, newest first, and its slips. */
public final class EtaHistoryView {
    public static final String TEMPLATE = "templates/panel/eta-history.vm";

    /** 24-hour time in both languages: unambiguous without AM/PM, and the same width in every row. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> COLUMNS = List.of("when", "who", "from", "to", "change", "reason");

    /** The history's context, times in {@code zone} (the reader's), slips counted in the team's working days. */
    public Map<String, Object> context(EtaHistory history, Team team, ZoneId zone, Locale locale) {
        Require.present(history, "history");
        Require.present(zone, "zone");
        WorkingDays workingDays = new WorkingDays(Require.present(team, "team"));
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("caption", texts.render(Message.of("promisedesk.eta.history.caption", history.issue().toString())));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String column : COLUMNS) {
            columns.add(Map.of("name", column, "label", texts.render(Message.of("promisedesk.eta.history.column." + column))));
        }
        context.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int index = history.changes().size() - 1; index >= 0; index--) {
            rows.add(row(history.changes().get(index), workingDays, zone, texts));
        }
        context.put("hasRows", !rows.isEmpty());
        context.put("rows", rows);
        context.put("empty", texts.render(Message.of("promisedesk.eta.history.empty")));
        int slips = history.slipCount();
        context.put("slipCount", slips);
        int slipDays = Math.toIntExact(history.totalSlipInWorkingDays(workingDays));
        context.put("slipDays", slipDays);
        context.put("summary", texts.render(slips == 0 ? Message.of("promisedesk.eta.history.summary.none")
                : Message.of("promisedesk.eta.history.summary", slips, Message.of("promisedesk.eta.history.slipDays", slipDays))));
        return context;
    }

    private static Map<String, Object> row(EtaChange change, WorkingDays workingDays, ZoneId zone, MessageRenderer texts) {
        ZonedDateTime when = change.when().atZone(zone);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("when", texts.render(Message.of("promisedesk.eta.history.when", when.toLocalDate(), TIME.format(when))));
        // For the time element: machine-readable, with the offset, so nothing depends on the words above.
        row.put("whenIso", when.toOffsetDateTime().withNano(0).toString());
        row.put("who", change.author());
        row.put("from", change.oldEta().map(texts::format)
                .orElseGet(() -> texts.render(Message.of("promisedesk.eta.history.from.none"))));
        row.put("to", texts.format(change.newEta()));
        String kind = kind(change);
        row.put("kind", kind);
        row.put("slip", change.isSlip());
        row.put("change", texts.render(change.isSlip()
                ? Message.of("promisedesk.eta.history.change.slip",
                        Math.toIntExact(workingDays.between(change.oldEta().orElseThrow(), change.newEta())))
                : Message.of("promisedesk.eta.history.change." + kind)));
        row.put("hasReason", change.reason().isPresent());
        row.put("reason", change.reason()
                .orElseGet(() -> texts.render(Message.of("promisedesk.eta.history.reason.none"))));
        return row;
    }

    private static String kind(EtaChange change) {
        if (change.isFirst()) {
            return "first";
        }
        if (change.isSlip()) {
            return "slip";
        }
        return change.newEta().isBefore(change.oldEta().orElseThrow()) ? "earlier" : "unchanged";
    }
}
