package org.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.billing.application.port.in.BankDetailsNotice;
import org.portailfamille.billing.application.port.in.CancelPaymentCommand;
import org.portailfamille.billing.application.port.in.CancelPaymentUseCase;
import org.portailfamille.billing.application.port.in.DirectDebitPreview;
import org.portailfamille.billing.application.port.in.DirectDebitQuery;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsCommand;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsResult;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsUseCase;
import org.portailfamille.billing.application.port.in.GetDirectDebitFileUseCase;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.billing.application.port.in.InvoiceStatus;
import org.portailfamille.billing.application.port.in.InvoiceView;
import org.portailfamille.billing.application.port.in.OperationKind;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentUseCase;
import org.portailfamille.billing.application.port.in.RecordDirectDebitRejectCommand;
import org.portailfamille.billing.application.port.in.RecordDirectDebitRejectUseCase;
import org.portailfamille.billing.application.port.in.SetUpDirectDebitUseCase;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.ViewDirectDebitsUseCase;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.messaging.application.port.in.ConversationSummary;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * SEPA direct debit with the whole portal (ADR 0028): the export collects only families with an active mandate,
 * marks the invoices "prélèvement en cours" (they cannot be exported twice nor paid otherwise), stores the file,
 * turns FRST mandates to RCUR and pre-notifies each family once; a reject reopens the invoice, shows the reversal
 * in the statement, puts the mandate back to FRST and tells the family.
 */
@PortalIntegrationTest
class DirectDebitIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Clock clock;
    @Autowired SetUpDirectDebitUseCase setUpDirectDebit;
    @Autowired GetSepaMandateUseCase mandates;
    @Autowired ViewDirectDebitsUseCase directDebits;
    @Autowired ExportDirectDebitsUseCase export;
    @Autowired GetDirectDebitFileUseCase files;
    @Autowired RecordDirectDebitRejectUseCase reject;
    @Autowired ViewStatementUseCase statements;
    @Autowired ReceivePaymentUseCase receivePayment;
    @Autowired ViewMailboxUseCase mailbox;
    @Autowired JdbcTemplate jdbc;

    record Scene(BillingFixture.Setup setup, YearMonth month, TestAccounts.Parent withMandate,
                 TestAccounts.Parent without, String invoice) {
    }

    private Scene scene() {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent withMandate = accounts.newParent("Sepa2026xx");
        TestAccounts.Parent without = accounts.newParent("Sepa2026xx");
        YearMonth month = BillingFixture.lastMonth();
        billing.book(setup, withMandate.familyId(), "PAUL", month, 2);
        billing.book(setup, without.familyId(), "LEA", month, 1);
        billing.issue(setup, month);
        setUpDirectDebit.bankDetailsAccepted(new BankDetailsNotice(withMandate.familyId(), withMandate.familyNumber(),
                "Jean DUPONT", "FR7630006000011234567890189", "AGRIFRPP", true, LocalDate.now(clock).minusDays(40)));
        String invoice = statementOf(withMandate.familyId()).invoices().get(0).number();
        return new Scene(setup, month, withMandate, without, invoice);
    }

    private Statement statementOf(FamilyId family) {
        return statements.statement(new StatementQuery(family, null));
    }

    private InvoiceView invoice(Scene scene) {
        return statementOf(scene.withMandate().familyId()).invoices().stream()
                .filter(i -> i.number().equals(scene.invoice())).findFirst().orElseThrow();
    }

    private ExportDirectDebitsResult exportIt(Scene scene, LocalDate date) {
        return export.exportDirectDebits(new ExportDirectDebitsCommand(scene.setup().regie(), scene.month(), date, "agent"));
    }

    private List<ConversationSummary> received(TestAccounts.Parent parent, String subjectStart) {
        return mailbox.mailbox(new MailboxQuery(parent.familyId(), Folder.RECEIVED, MailboxOrder.NEWEST_FIRST)).stream()
                .filter(c -> c.subject().startsWith(subjectStart)).toList();
    }

    @Test
    void an_export_collects_families_with_a_mandate_once_marks_the_invoices_and_pre_notifies_each_family_once()
            throws Exception {
        Scene scene = scene();
        LocalDate debit = LocalDate.now(clock).plusDays(10);

        DirectDebitPreview preview = directDebits.preview(new DirectDebitQuery(scene.setup().regie(), scene.month()));
        assertThat(preview.invoiceCount()).isEqualTo(1);
        assertThat(preview.total()).isEqualByComparingTo("20.10");
        assertThat(preview.withoutMandate()).isEqualTo(1);
        assertThat(preview.families()).singleElement().satisfies(line -> {
            assertThat(line.sequence()).isEqualTo("FRST");
            assertThat(line.invoiceNumbers()).containsExactly(scene.invoice());
            assertThat(line.familyNumber()).isEqualTo(scene.withMandate().familyNumber());
        });

        assertThat(exportIt(scene, LocalDate.now(clock).plusDays(2)).outcome())
                .isEqualTo(ExportDirectDebitsResult.Outcome.COLLECTION_TOO_SOON);
        ExportDirectDebitsResult result = exportIt(scene, debit);
        assertThat(result.outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.CREATED);
        assertThat(result.transactionCount()).isEqualTo(1);
        assertThat(result.total()).isEqualByComparingTo("20.10");

        // marked: not exported twice, not paid otherwise, shown "prélèvement en cours"
        assertThat(exportIt(scene, debit).outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.NOTHING_TO_COLLECT);
        assertThat(directDebits.preview(new DirectDebitQuery(scene.setup().regie(), scene.month())).invoiceCount()).isZero();
        assertThat(invoice(scene).status()).isEqualTo(InvoiceStatus.DIRECT_DEBIT_PENDING);
        assertThat(invoice(scene).due()).isEqualByComparingTo("0");
        assertThat(receivePayment.receivePayment(new ReceivePaymentCommand(scene.withMandate().familyId(),
                scene.setup().regie(), LocalDate.now(clock), "CHEQUE", new BigDecimal("20.10"), null,
                List.of(scene.invoice()))).problems()).containsExactly("invoice.paid");
        assertThat(statementOf(scene.withMandate().familyId()).payments()).singleElement()
                .satisfies(p -> assertThat(p.method()).isEqualTo("DIRECT_DEBIT"));
        // the database refuses a second open collection of the same invoice
        assertThatThrownBy(() -> jdbc.update("insert into billing.direct_debit_collection (id, file_id, invoice_id, "
                        + "invoice_number, family_id, regie_id, rum, sequence_type, amount, end_to_end_id, payment_id, "
                        + "collection_date) select ?, file_id, invoice_id, invoice_number, family_id, regie_id, rum, "
                        + "sequence_type, amount, end_to_end_id || 'X', ?, collection_date from billing.direct_debit_collection "
                        + "where invoice_number = ?", UUID.randomUUID(), UUID.randomUUID(), scene.invoice()))
                .isInstanceOf(DataIntegrityViolationException.class);

        // the mandate's next debit is recurrent
        assertThat(mandates.activeMandate(scene.withMandate().familyId()).orElseThrow().nextSequence()).isEqualTo("RCUR");

        // the file is stored and downloadable again, exactly as made
        byte[] content = files.directDebitFile(result.fileId()).orElseThrow().content();
        assertThat(files.directDebitFile(result.fileId()).orElseThrow().content()).isEqualTo(content);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        assertThat(document.getElementsByTagNameNS("*", "SeqTp").item(0).getTextContent()).isEqualTo("FRST");
        assertThat(document.getElementsByTagNameNS("*", "NbOfTxs").item(0).getTextContent()).isEqualTo("1");
        assertThat(document.getElementsByTagNameNS("*", "CtrlSum").item(0).getTextContent()).isEqualTo("20.10");
        assertThat(document.getElementsByTagNameNS("*", "ReqdColltnDt").item(0).getTextContent()).isEqualTo(debit.toString());
        assertThat(document.getElementsByTagNameNS("*", "MndtId").item(0).getTextContent())
                .isEqualTo(mandates.activeMandate(scene.withMandate().familyId()).orElseThrow().rum());
        assertThat(directDebits.files()).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(result.fileId());
            assertThat(f.transactionCount()).isEqualTo(1);
        });

        // pre-notified once, with amount and date; the family without mandate is not
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(received(scene.withMandate(), "Prélèvement de 20,10")).singleElement()
                        .satisfies(c -> assertThat(c.subject()).contains(
                                String.format("%02d/%02d/%d", debit.getDayOfMonth(), debit.getMonthValue(), debit.getYear()))));
        assertThat(received(scene.without(), "Prélèvement")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from messaging.conversation where family_id = ? and subject like ?",
                Integer.class, scene.withMandate().familyId().value(), "Prélèvement de%")).isEqualTo(1);
    }

    @Test
    void a_rejected_debit_reopens_the_invoice_shows_the_reversal_puts_the_mandate_back_to_FRST_and_tells_the_family() {
        Scene scene = scene();
        LocalDate debit = LocalDate.now(clock).plusDays(10);
        ExportDirectDebitsResult result = exportIt(scene, debit);
        assertThat(result.outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.CREATED);
        LocalDate today = LocalDate.now(clock);

        assertThat(reject.recordReject(new RecordDirectDebitRejectCommand(scene.invoice(), "XX01", today)))
                .isEqualTo(RecordDirectDebitRejectUseCase.Outcome.UNKNOWN_REASON);
        assertThat(reject.recordReject(new RecordDirectDebitRejectCommand(scene.invoice(), "AM04", today.plusDays(1))))
                .isEqualTo(RecordDirectDebitRejectUseCase.Outcome.DATE_INVALID);
        assertThat(reject.recordReject(new RecordDirectDebitRejectCommand("ZZ-1", "AM04", today)))
                .isEqualTo(RecordDirectDebitRejectUseCase.Outcome.NOT_COLLECTED);
        assertThat(invoice(scene).status()).isEqualTo(InvoiceStatus.DIRECT_DEBIT_PENDING);

        assertThat(reject.recordReject(new RecordDirectDebitRejectCommand(scene.invoice(), "AM04", today)))
                .isEqualTo(RecordDirectDebitRejectUseCase.Outcome.REJECTED);
        assertThat(reject.recordReject(new RecordDirectDebitRejectCommand(scene.invoice(), "AM04", today)))
                .isEqualTo(RecordDirectDebitRejectUseCase.Outcome.ALREADY_REJECTED);

        Statement statement = statementOf(scene.withMandate().familyId());
        assertThat(invoice(scene).status()).isEqualTo(InvoiceStatus.UNPAID);
        assertThat(invoice(scene).due()).isEqualByComparingTo("20.10");
        assertThat(statement.operations()).anySatisfy(op -> {
            assertThat(op.kind()).isEqualTo(OperationKind.PAYMENT_CANCELLATION);
            assertThat(op.method()).isEqualTo("DIRECT_DEBIT");
            assertThat(op.debit()).isEqualByComparingTo("20.10");
        });
        assertThat(statement.balance()).isEqualByComparingTo("20.10");
        assertThat(mandates.activeMandate(scene.withMandate().familyId()).orElseThrow().nextSequence()).isEqualTo("FRST");
        assertThat(directDebits.collections(result.fileId())).singleElement().satisfies(d -> {
            assertThat(d.rejectReason()).isEqualTo("AM04");
            assertThat(d.rejectedOn()).isEqualTo(today);
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(received(scene.withMandate(), "Prélèvement rejeté : facture " + scene.invoice())).hasSize(1));

        // the invoice can be collected again, as a new first debit with a new end-to-end id
        DirectDebitPreview again = directDebits.preview(new DirectDebitQuery(scene.setup().regie(), scene.month()));
        assertThat(again.families()).singleElement().satisfies(line -> assertThat(line.sequence()).isEqualTo("FRST"));
        ExportDirectDebitsResult second = exportIt(scene, debit);
        assertThat(second.outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.CREATED);
        assertThat(directDebits.collections(second.fileId())).singleElement()
                .satisfies(d -> assertThat(d.endToEndId()).isEqualTo(scene.invoice() + "-D2"));
    }

    @Test
    void a_direct_debit_payment_cancelled_by_hand_is_not_collected_again_until_its_reject_is_entered() {
        Scene scene = scene();
        LocalDate debit = LocalDate.now(clock).plusDays(10);
        assertThat(exportIt(scene, debit).outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.CREATED);
        String payment = statementOf(scene.withMandate().familyId()).payments().get(0).number();
        assertThat(context.getBean(CancelPaymentUseCase.class).cancelPayment(new CancelPaymentCommand(
                scene.withMandate().familyId(), payment, LocalDate.now(clock), "erreur"))).isEqualTo(CancelPaymentUseCase.Outcome.CANCELLED);

        assertThat(directDebits.preview(new DirectDebitQuery(scene.setup().regie(), scene.month())).invoiceCount()).isZero();
        assertThat(exportIt(scene, debit).outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.NOTHING_TO_COLLECT);

        assertThat(reject.recordReject(new RecordDirectDebitRejectCommand(scene.invoice(), "MS03", LocalDate.now(clock))))
                .isEqualTo(RecordDirectDebitRejectUseCase.Outcome.REJECTED);
        assertThat(invoice(scene).due()).isEqualByComparingTo("20.10");
        assertThat(exportIt(scene, debit).outcome()).isEqualTo(ExportDirectDebitsResult.Outcome.CREATED);
    }
}
