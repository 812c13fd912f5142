package io.promisedesk.sales;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.language.SalesRisk;

import org.junit.Test;
import org.junit.function.ThrowingRunnable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.sales.SalesRendering.DUTCH;
import static io.promisedesk.sales.SalesRendering.parameters;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The list's query validates as it is made, and every refusal reads right in English and Dutch. */
public class CommitmentQueryTest {
    private final MessageRenderer english = new MessageRenderer(Locale.ENGLISH);
    private final MessageRenderer dutch = new MessageRenderer(DUTCH);

    private static InvalidValueException refused(ThrowingRunnable parse) {
        return assertThrows(InvalidValueException.class, parse);
    }

    private static InvalidValueException refused(String... namesAndValues) {
        return refused(() -> CommitmentQuery.parse(parameters(namesAndValues)));
    }

    private void assertRefusal(InvalidValueException error, String field, String i18nKey, String message,
                               String inEnglish, String inDutch) {
        assertEquals(field, error.field());
        assertEquals(i18nKey, error.i18nKey());
        assertEquals(message, error.getMessage());
        assertEquals(inEnglish, english.render(Message.ofError(error)));
        assertEquals(inDutch, dutch.render(Message.ofError(error)));
    }

    @Test
    public void noParameters_giveTheDefaults() {
        CommitmentQuery query = CommitmentQuery.parse(Map.of());

        assertEquals(CommitmentQuery.defaults(), query);
        assertEquals(new CommitmentQuery(CommitmentQuery.Scope.MINE, Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), CommitmentQuery.Sort.COMMITMENT, CommitmentQuery.Order.ASCENDING, 1, 25), query);
    }

    @Test
    public void blankParameters_giveTheDefaults() {
        assertEquals(CommitmentQuery.defaults(), CommitmentQuery.parse(parameters("customer", "  ", "risk", "", "from", "",
                "to", " ", "sort", "", "order", "", "page", "", "pageSize", "")));
    }

    @Test
    public void everyParameter_isRead() {
        CommitmentQuery query = CommitmentQuery.parse(parameters("scope", " all ", "customer", " Globex ", "risk", "at-risk",
                "risk", "late", "from", "2026-03-02", "to", "2026-03-31", "sort", "customer", "order", "desc", "page", "3",
                "pageSize", "100"));

        assertEquals(new CommitmentQuery(CommitmentQuery.Scope.ALL, Optional.of("Globex"),
                Set.of(SalesRisk.AT_RISK, SalesRisk.LATE),
                Optional.of(LocalDate.parse("2026-03-02")), Optional.of(LocalDate.parse("2026-03-31")),
                CommitmentQuery.Sort.CUSTOMER, CommitmentQuery.Order.DESCENDING, 3, 100), query);
    }

    @Test
    public void pageSizeZero_isRefused() {
        assertRefusal(refused("pageSize", "0"), "pageSize", "promisedesk.sales.error.pageSize",
                "pageSize: must be between 1 and 100, was 0",
                "Show from 1 to 100 commitments per page, not 0.", "Toon 1 tot 100 toezeggingen per pagina, niet 0.");
    }

    @Test
    public void pageSizeAboveOneHundred_isRefused() {
        assertRefusal(refused(() -> new CommitmentQuery(CommitmentQuery.Scope.MINE, Optional.empty(), Set.of(),
                        Optional.empty(), Optional.empty(), CommitmentQuery.Sort.KEY, CommitmentQuery.Order.ASCENDING, 1, 101)),
                "pageSize", "promisedesk.sales.error.pageSize", "pageSize: must be between 1 and 100, was 101",
                "Show from 1 to 100 commitments per page, not 101.", "Toon 1 tot 100 toezeggingen per pagina, niet 101.");
    }

    @Test
    public void pageSizesOneAndOneHundred_areAllowed() {
        assertEquals(1, CommitmentQuery.parse(parameters("pageSize", "1")).pageSize());
        assertEquals(100, CommitmentQuery.parse(parameters("pageSize", "100")).pageSize());
    }

    @Test
    public void pageZero_isRefused() {
        assertRefusal(refused("page", "0"), "page", "promisedesk.sales.error.page", "page: must be >= 1, was 0",
                "Page 0 does not exist; pages start at 1.", "Pagina 0 bestaat niet; pagina's beginnen bij 1.");
    }

    @Test
    public void unknownSort_isRefused() {
        assertRefusal(refused("sort", "priority"), "sort", "promisedesk.sales.error.sort",
                "sort: must be commitment, eta, customer, risk or key, was \"priority\"",
                "\"priority\" is not a way to sort this list.", "\"priority\" is geen manier om deze lijst te sorteren.");
    }

    @Test
    public void sortNamesAreExact_soAnEnumNameIsUnknown() {
        assertEquals("sort", refused("sort", "COMMITMENT").field());
    }

    @Test
    public void unknownOrder_isRefused() {
        assertRefusal(refused("order", "up"), "order", "promisedesk.sales.error.order",
                "order: must be asc or desc, was \"up\"",
                "\"up\" is not an order; choose ascending or descending.", "\"up\" is geen volgorde; kies oplopend of aflopend.");
    }

    @Test
    public void unknownScope_isRefused() {
        assertRefusal(refused("scope", "everyone"), "scope", "promisedesk.sales.error.scope",
                "scope: must be mine or all, was \"everyone\"",
                "\"everyone\" is not a choice of commitments; show the ones you promised or every one you can see.",
                "\"everyone\" is geen keuze van toezeggingen; toon die je hebt toegezegd of alle die je mag zien.");
    }

    @Test
    public void scopeAll_isKeptOnOtherPages() {
        CommitmentQuery query = CommitmentQuery.parse(parameters("scope", "all", "page", "2"));

        assertEquals(CommitmentQuery.Scope.ALL, query.onPage(3).scope());
        assertEquals(CommitmentQuery.Scope.MINE, CommitmentQuery.defaults().scope());
    }

    @Test
    public void unknownRisk_isRefused() {
        assertRefusal(refused("risk", "late", "risk", "urgent"), "risk", "promisedesk.sales.error.risk",
                "risk: must be on-track, at-risk or late, was \"urgent\"",
                "\"urgent\" is not a risk; choose on track, at risk or late.",
                "\"urgent\" is geen risico; kies op schema, loopt risico of te laat.");
    }

    @Test
    public void fromAfterTo_isRefused() {
        assertRefusal(refused("from", "2026-03-20", "to", "2026-03-13"), "to", "promisedesk.sales.error.dateRange",
                "to: must not be before from 2026-03-20, was 2026-03-13",
                "The end date Fri 13 Mar is before the start date Fri 20 Mar.",
                "De einddatum vr 13 mrt ligt vóór de begindatum vr 20 mrt.");
    }

    @Test
    public void fromEqualToTo_isOneDay() {
        CommitmentQuery query = CommitmentQuery.parse(parameters("from", "2026-03-13", "to", "2026-03-13"));

        assertEquals(query.from(), query.to());
    }

    @Test
    public void dateNotWrittenAsIso_isRefused() {
        assertRefusal(refused("from", "13/03/2026"), "from", "promisedesk.sales.error.date",
                "from: must be a date like 2026-03-13, was \"13/03/2026\"",
                "\"13/03/2026\" is not a date; write it like 2026-03-13.",
                "\"13/03/2026\" is geen datum; schrijf hem als 2026-03-13.");
    }

    @Test
    public void pageThatIsNoNumber_isRefused() {
        assertRefusal(refused("page", "two"), "page", "promisedesk.sales.error.number",
                "page: must be a whole number, was \"two\"",
                "\"two\" is not a whole number.", "\"two\" is geen geheel getal.");
    }

    @Test
    public void customerFilterLongerThanACustomer_isRefused() {
        InvalidValueException error = refused("customer", "x".repeat(256));

        assertEquals("customer: must be at most 255 characters, was 256", error.getMessage());
        assertEquals("promisedesk.error.tooLong", error.i18nKey());
    }

    @Test
    public void riskSet_cannotBeChangedAfterwards() {
        CommitmentQuery query = CommitmentQuery.parse(parameters("risk", "late"));

        assertThrows(UnsupportedOperationException.class, () -> query.risks().add(SalesRisk.ON_TRACK));
    }

    @Test
    public void repeatedParameter_countsWithItsFirstValue() {
        assertEquals(List.of(CommitmentQuery.Sort.ETA, CommitmentQuery.Sort.ETA),
                List.of(CommitmentQuery.parse(parameters("sort", "eta", "sort", "key")).sort(),
                        CommitmentQuery.parse(parameters("sort", "eta", "sort", "nonsense")).sort()));
    }
}
