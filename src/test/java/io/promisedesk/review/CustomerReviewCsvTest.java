package io.promisedesk.review;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.review.ReviewFixtures.ACME;
import static io.promisedesk.review.ReviewFixtures.MONDAY;
import static io.promisedesk.review.ReviewFixtures.deliveries;
import static io.promisedesk.review.ReviewFixtures.histories;
import static io.promisedesk.review.ReviewFixtures.teams;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

public class CustomerReviewCsvTest {
    private static final String HEADER =
            "status,key,summary,customer,commitment,eta,risk,slips,slip_working_days,slip_reasons,delivered,on_time\r\n";

    @Test
    public void review_isOneRowPerOpenAndDeliveredCommitment() {
        String csv = new CustomerReviewCsv().text(ACME, teams(), histories(), deliveries(), MONDAY);

        assertEquals(HEADER
                + "open,A-4,Work on A-4,Acme,2026-02-27,,late,0,0,,,\r\n"
                + "open,A-2,Work on A-2,acme,2026-03-06,2026-03-09,late,2,3,\"Vendor late\nWaiting for parts\",,\r\n"
                + "open,A-1,Work on A-1,ACME,2026-03-20,2026-03-13,on-track,0,0,,,\r\n"
                + "delivered,D-1,Delivery D-1,ACME,2026-02-27,,,,,,2026-02-27,yes\r\n"
                + "delivered,D-2,Delivery D-2,acme,2026-02-20,,,,,,2026-02-23,no\r\n"
                + "delivered,D-3,Delivery D-3,ACME,2025-12-05,,,,,,2025-12-03,yes\r\n", csv);
    }

    @Test
    public void bytes_areUtf8WithoutByteOrderMark() {
        Customer cafe = new Customer("Café Über");
        List<DeliveredCommitment> delivered = List.of(new DeliveredCommitment(IssueKey.parse("D-1"), "Crème brûlée",
                cafe, MONDAY, MONDAY));

        byte[] bytes = new CustomerReviewCsv().bytes(cafe, List.of(), Map.of(), delivered, MONDAY);

        assertArrayEquals((HEADER + "delivered,D-1,Crème brûlée,Café Über,2026-03-02,,,,,,2026-03-02,yes\r\n")
                .getBytes(StandardCharsets.UTF_8), bytes);
        assertEquals('s', bytes[0]);
    }

    @Test
    public void fields_areQuotedOnlyWhenTheyHoldCommaQuoteCrOrLf() {
        assertEquals("plain text", CustomerReviewCsv.field("plain text"));
        assertEquals("", CustomerReviewCsv.field(""));
        assertEquals("\"a,b\"", CustomerReviewCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CustomerReviewCsv.field("say \"hi\""));
        assertEquals("\"\"\"\"", CustomerReviewCsv.field("\""));
        assertEquals("\"two\nlines\"", CustomerReviewCsv.field("two\nlines"));
        assertEquals("\"two\r\nlines\"", CustomerReviewCsv.field("two\r\nlines"));
        assertEquals("\"a\rb\"", CustomerReviewCsv.field("a\rb"));
        assertEquals("a=b; c'd", CustomerReviewCsv.field("a=b; c'd"));
    }

    @Test
    public void fieldsStartingLikeAFormula_getASingleQuoteFirst() {
        assertEquals("'=SUM(A1:A9)", CustomerReviewCsv.field("=SUM(A1:A9)"));
        assertEquals("'+31 20 123", CustomerReviewCsv.field("+31 20 123"));
        assertEquals("'-1", CustomerReviewCsv.field("-1"));
        assertEquals("'@SUM(A1)", CustomerReviewCsv.field("@SUM(A1)"));
        assertEquals("'\tTab", CustomerReviewCsv.field("\tTab"));
        assertEquals("\"'\rCR\"", CustomerReviewCsv.field("\rCR"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
                CustomerReviewCsv.field("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("\"'=1,2\"", CustomerReviewCsv.field("=1,2"));
        assertEquals(" =1", CustomerReviewCsv.field(" =1"));
    }

    @Test
    public void hiddenCharactersInAJiraSummary_areLeftOut_soNoneHidesAFormula() {
        assertEquals("'=1+1", CustomerReviewCsv.field("\u0000=1+1"));
        assertEquals("Swap gnp.exe", CustomerReviewCsv.field("Swap \u202Egnp.exe\u202C\u0007"));
        assertEquals("\"two\r\n\tlines\"", CustomerReviewCsv.field("two\r\n\tlines\u0085"));
    }

    @Test
    public void hostileSummaryCustomerAndReason_areNeutralisedInTheirRow() {
        String hostile = "=cmd|' /C calc'!A0";
        WorkItem item = WorkItem.builder(IssueKey.parse("H-1"), StatusCategory.IN_PROGRESS).summary("@SUM(1+1)*cmd")
                .remaining(Hours.of(8)).commitment(Commitment.of(LocalDate.parse("2026-03-20"), hostile)).build();
        TeamCommitments team = TeamCommitments.of(TeamAssessment.assess(ReviewFixtures.oneMemberTeam("h"), List.of(item),
                MONDAY));
        Map<IssueKey, EtaHistory> history = Map.of(IssueKey.parse("H-1"), new EtaHistory(IssueKey.parse("H-1"), List.of(
                anEtaChange().on("H-1").at("2026-02-20T09:00:00Z").to("2026-03-04").build(),
                anEtaChange().on("H-1").at("2026-02-21T09:00:00Z").from("2026-03-04").to("2026-03-05")
                        .because("-2+3, \"really\"").build())));

        String csv = new CustomerReviewCsv().text(new Customer(hostile), List.of(team), history, List.of(), MONDAY);

        assertEquals(HEADER + "open,H-1,'@SUM(1+1)*cmd,'=cmd|' /C calc'!A0,2026-03-20,,on-track,1,1,"
                + "\"'-2+3, \"\"really\"\"\",,\r\n", csv);
    }
}
