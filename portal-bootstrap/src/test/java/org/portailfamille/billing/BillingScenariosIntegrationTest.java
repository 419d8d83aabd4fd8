package org.portailfamille.billing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AdultDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.in.RegisterFamilyCommand;
import org.portailfamille.accounts.application.port.in.RegisterFamilyUseCase;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunResult;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.RunStatus;
import org.portailfamille.billing.application.port.in.RunSummary;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand;
import org.portailfamille.billing.application.port.in.SetUpTariffUseCase;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.messaging.application.port.in.ConversationSummary;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.planning.application.port.in.BillableDayView;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceUseCase;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.ListBillableDaysUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Billing with the rest of the portal (shared portal context, background worker on, the test clock): only bookings
 * made after the families' deadline are surcharged; an absence ruled excused after its day was invoiced is credited
 * by the next month's run, the credit note referencing the invoice; issuing tells the family (a message, and an
 * e-mail with consent).
 */
@PortalIntegrationTest
class BillingScenariosIntegrationTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final byte[] CERTIFICATE = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired CreateRegieUseCase createRegie;
    @Autowired SetUpFacilityUseCase setUpFacility;
    @Autowired SetUpActivityUseCase setUpActivity;
    @Autowired SetUpTariffUseCase setUpTariff;
    @Autowired RegisterFamilyUseCase registerFamily;
    @Autowired RegisterChildUseCase registerChild;
    @Autowired EnrolChildUseCase enrol;
    @Autowired BookDayForFamilyUseCase bookForFamily;
    @Autowired ListBillableDaysUseCase billableDays;
    @Autowired DeclareAbsenceUseCase declareAbsence;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired DecideRequestUseCase decide;
    @Autowired CreateInvoicingRunUseCase createRun;
    @Autowired IssueInvoicingRunUseCase issueRun;
    @Autowired ProcessInvoicingRunsUseCase process;
    @Autowired ViewInvoicingRunsUseCase viewRuns;
    @Autowired ViewStatementUseCase statements;
    @Autowired ViewMailboxUseCase mailbox;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    record Setup(UUID regie, String prefix, UUID activity) {
    }

    record Family(FamilyId id, ChildId child, String email) {
    }

    /** A régie, an activity running every day (deadline: the day before at 18:00) and its tariff. */
    private Setup setup(BigDecimal latePercent) {
        long n = SEQUENCE.incrementAndGet();
        StringBuilder prefix = new StringBuilder("Z");
        for (long i = n, k = 0; k < 5; k++, i /= 26) {
            prefix.append((char) ('A' + i % 26));
        }
        UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie " + prefix, prefix.toString(), 1, 1));
        UUID facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("Accueil " + prefix));
        UUID activity = setUpActivity.setUpActivity(new SetUpActivityCommand(facility, regie, "Centre " + prefix,
                EnumSet.allOf(DayOfWeek.class), 50, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        assertThat(setUpTariff.setUpTariff(new SetUpTariffCommand(activity, "Journée", TariffUnit.DAY, BigDecimal.ONE,
                LocalDate.of(2000, 1, 1), null, List.of(new SetUpTariffCommand.BracketLine(BigDecimal.ZERO,
                new BigDecimal("10.00"))), latePercent, BigDecimal.ZERO, List.of())).created()).isTrue();
        return new Setup(regie, prefix.toString(), activity);
    }

    private Family family(Setup setup, boolean emailConsent, LocalDate from) {
        long n = SEQUENCE.incrementAndGet();
        String email = "facture" + n + "@example.org";
        FamilyId id = registerFamily.registerFamily(new RegisterFamilyCommand("6" + String.format("%012d", n),
                new AdultDetails("MADAME", "FACTURE" + n, "ALICE", "2 RUE DU TEST", "31400", "SAINT - JEAN", "", "",
                        "", email, emailConsent, false, "", "", "", ""), "MOTHER", "SINGLE", null));
        ChildId child = registerChild.registerChild(new RegisterChildCommand(id, "LINA", "FACTURE" + n,
                LocalDate.of(2018, 5, 4), "FEMALE", "École Jules Ferry", "CE2", true, true, List.of(),
                new HealthDetails("", "", "", "", false, true, false, "")));
        enrol.enrolChild(new EnrolChildCommand(id, child, setup.activity(), from, from.plusMonths(6), Set.of()));
        return new Family(id, child, email);
    }

    private void staffBook(Family family, Setup setup, LocalDate day) {
        assertThat(bookForFamily.bookDayForFamily(new BookDayCommand(family.id(), family.child(), setup.activity(),
                day, "agent")).outcome().name()).isEqualTo("BOOKED");
    }

    private void issueAndWork(Setup setup, YearMonth month) {
        CreateInvoicingRunResult draft = createRun.createDraft(new CreateInvoicingRunCommand(setup.regie(), month,
                "agent"));
        assertThat(draft.outcome()).isEqualTo(CreateInvoicingRunResult.Outcome.CREATED);
        assertThat(issueRun.issue(new IssueInvoicingRunCommand(draft.runId(), null)))
                .isEqualTo(IssueInvoicingRunUseCase.Outcome.STARTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            process.processNextChunk();
            return viewRuns.progress(draft.runId()).map(RunSummary::status).orElseThrow() == RunStatus.ISSUED;
        });
    }

    private static LocalDate notAHoliday(LocalDate day, int step) {
        while (PublicHolidays.isPublicHoliday(day)) {
            day = day.plusDays(step);
        }
        return day;
    }

    @Test
    void only_a_day_staff_book_after_the_families_deadline_is_surcharged_as_a_late_booking() {
        Setup setup = setup(new BigDecimal("50"));
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        // On the 10th at 10:00 of last month, staff book the 13th (deadline the 12th at 18:00: ahead) and the 9th
        // (its deadline passed).
        LocalDate booking = notAHoliday(month.atDay(10), 1);
        LocalDate inTime = notAHoliday(booking.plusDays(3), 1);
        LocalDate late = notAHoliday(booking.minusDays(1), -1);
        Family family = family(setup, false, month.atDay(1));
        TestClock.PORTAL.freezeAt(booking.atTime(10, 0).atZone(TestClock.ZONE).toInstant());
        staffBook(family, setup, inTime);
        staffBook(family, setup, late);
        TestClock.PORTAL.reset();

        assertThat(billableDays.billableDays(setup.regie(), month, List.of(family.id())))
                .extracting(BillableDayView::day, BillableDayView::lateBooking)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(inTime, false),
                        org.assertj.core.groups.Tuple.tuple(late, true));

        issueAndWork(setup, month);
        Statement statement = statements.statement(new StatementQuery(family.id(), null));
        assertThat(statement.invoices()).singleElement()
                .satisfies(invoice -> assertThat(invoice.amount()).isEqualByComparingTo("25.00"));
        assertThat(jdbc.queryForList("select l.component || ' ' || l.day || ' ' || l.amount from billing.invoice_line l "
                + "join billing.invoice i on i.id = l.invoice_id where i.family_id = ?", String.class,
                family.id().value())).containsExactlyInAnyOrder("DAY " + inTime + " 10.00", "DAY " + late + " 10.00",
                "LATE_BOOKING_SURCHARGE " + late + " 5.00");
    }

    @Test
    void an_absence_excused_after_its_day_was_invoiced_is_credited_by_the_next_month_s_run() {
        Setup setup = setup(BigDecimal.ZERO);
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth invoiced = thisMonth.minusMonths(2);
        YearMonth next = thisMonth.minusMonths(1);
        LocalDate ill = notAHoliday(invoiced.atEndOfMonth().minusDays(1), -1);
        LocalDate before = notAHoliday(ill.minusDays(1), -1);
        Family family = family(setup, false, invoiced.atDay(1));

        // The 3rd of the next month: the invoiced month is over, the illness within its 7 days to declare.
        TestClock.PORTAL.freezeAt(next.atDay(3).atTime(10, 0).atZone(TestClock.ZONE).toInstant());
        staffBook(family, setup, before);
        staffBook(family, setup, ill);
        issueAndWork(setup, invoiced);
        Statement first = statements.statement(new StatementQuery(family.id(), null));
        assertThat(first.invoices()).singleElement()
                .satisfies(invoice -> assertThat(invoice.amount()).isEqualByComparingTo("20.00"));
        String invoiceNumber = first.invoices().get(0).number();

        DeclareAbsenceResult declared = declareAbsence.declareAbsence(new DeclareAbsenceCommand(family.id(),
                family.child(), setup.activity(), ill, "ILLNESS", "Grippe", CERTIFICATE, "parent"));
        assertThat(declared.outcome()).isEqualTo(DeclareAbsenceResult.Outcome.DECLARED);
        TestClock.PORTAL.reset();
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.pendingRequests(
                new RequestQueueQuery("planning.absence", family.id())).size() == 1);
        var request = queue.pendingRequests(new RequestQueueQuery("planning.absence", family.id())).get(0);
        decide.decide(new DecideRequestCommand(request.id(), request.version(), true, "agent", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> "EXCUSED".equals(jdbc.queryForObject(
                "select status from planning.absence where id = ?", String.class, declared.absenceId())));

        issueAndWork(setup, next);

        Statement statement = statements.statement(new StatementQuery(family.id(), null));
        assertThat(statement.creditNotes()).singleElement().satisfies(note -> {
            assertThat(note.creditedInvoiceNumber()).isEqualTo(invoiceNumber);
            assertThat(note.amount()).isEqualByComparingTo("10.00");
        });
        String creditNote = statement.creditNotes().get(0).number();
        assertThat(statement.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.number()).isEqualTo(invoiceNumber);
            assertThat(invoice.creditNoteNumbers()).containsExactly(creditNote);
            assertThat(invoice.due()).isEqualByComparingTo("10.00");
        });
        assertThat(statement.balance()).isEqualByComparingTo("10.00");
        assertThat(jdbc.queryForObject("select period_start from billing.invoice where number = ?", LocalDate.class,
                creditNote)).isEqualTo(invoiced.atDay(1));
    }

    @Test
    void issuing_tells_each_family_by_a_message_and_by_e_mail_when_it_consented() {
        Setup setup = setup(BigDecimal.ZERO);
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        Family consenting = family(setup, true, month.atDay(1));
        Family refusing = family(setup, false, month.atDay(1));
        LocalDate day = notAHoliday(month.atDay(5), 1);
        staffBook(consenting, setup, day);
        staffBook(consenting, setup, notAHoliday(day.plusDays(1), 1));
        staffBook(refusing, setup, day);

        issueAndWork(setup, month);

        String number = statements.statement(new StatementQuery(consenting.id(), null)).invoices().get(0).number();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (Family family : List.of(consenting, refusing)) {
                assertThat(mailbox.mailbox(new MailboxQuery(family.id(), Folder.RECEIVED, MailboxOrder.NEWEST_FIRST)))
                        .filteredOn(conversation -> conversation.subject().startsWith("Facture " + setup.prefix()))
                        .singleElement().extracting(ConversationSummary::link).isEqualTo("/famille/releve");
            }
            assertThat(mailsTo(consenting.email())).singleElement().satisfies(mail -> assertThat(mail)
                    .contains("Facture " + number, "20,00", "Relevé de compte", "/famille/releve"));
        });
        assertThat(mailsTo(refusing.email())).isEmpty();

        // A redelivered event tells nothing twice: one message per invoice.
        assertThat(jdbc.queryForObject("select count(*) from messaging.conversation where family_id = ? "
                + "and subject like ?", Integer.class, consenting.id().value(), "Facture " + number + "%")).isEqualTo(1);
    }

    private List<String> mailsTo(String email) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).map(BillingScenariosIntegrationTest::text).toList();
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
