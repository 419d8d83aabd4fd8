package org.portailfamille.billing;

import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentResult;
import org.portailfamille.billing.application.port.in.ReceivePaymentUseCase;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand;
import org.portailfamille.billing.application.port.in.SetUpTariffUseCase;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * For the treasury-title and tax-certificate tests: a régie with a childcare activity (10,05 € the day, from
 * {@link BillingFixture}) and a canteen (4,00 € the meal), children with chosen birth dates, days of last month
 * booked, the run issued, payments recorded, the clock moved.
 */
public final class TitlesAndCertificatesFixture {

    private final ApplicationContext context;
    private final BillingFixture billing;

    public TitlesAndCertificatesFixture(ApplicationContext context) {
        this.context = context;
        this.billing = new BillingFixture(context);
    }

    public record Regie(BillingFixture.Setup setup, UUID canteen) {
    }

    public Regie newRegie() {
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        UUID canteen = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(
                setup.facility(), setup.regie(), "Cantine " + setup.prefix(), EnumSet.allOf(DayOfWeek.class), 50, 1,
                "CONFIRMED_AT_ONCE", DeadlineRule.daysBefore(1, LocalTime.of(18, 0)),
                SetUpActivityCommand.SAME_AS_BOOKING, null));
        if (!context.getBean(SetUpTariffUseCase.class).setUpTariff(SetUpTariffCommand.flat(canteen, "Repas",
                TariffUnit.MEAL, LocalDate.of(2000, 1, 1), new BigDecimal("4.00"))).created()) {
            throw new IllegalStateException("canteen tariff not created");
        }
        return new Regie(setup, canteen);
    }

    public ChildId child(FamilyId family, String firstName, LocalDate birthDate) {
        return context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(family, firstName,
                "ATTESTATION", birthDate, "FEMALE", "École Jules Ferry", "PS", true, true, List.of(),
                new HealthDetails("", "", "", "", false, false, false, "")));
    }

    /** Books the child on the first {@code days} working days of the month of the activity. */
    public void book(FamilyId family, ChildId child, UUID activity, YearMonth month, int days) {
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(family, child, activity,
                month.atDay(1), month.atEndOfMonth(), Set.of()));
        List<LocalDate> chosen = new ArrayList<>();
        for (LocalDate day = month.atDay(2); chosen.size() < days; day = day.plusDays(1)) {
            if (!PublicHolidays.isPublicHoliday(day)) {
                chosen.add(day);
            }
        }
        for (LocalDate day : chosen) {
            context.getBean(BookDayForFamilyUseCase.class).bookDayForFamily(
                    new BookDayCommand(family, child, activity, day, "agent"));
        }
    }

    public void issue(Regie regie, YearMonth month) {
        billing.issue(regie.setup(), month);
    }

    /** The family's invoice numbers of the régie (current school year). */
    public List<String> invoicesOf(FamilyId family, Regie regie) {
        return context.getBean(ViewStatementUseCase.class).statement(new StatementQuery(family, null)).invoices()
                .stream().map(i -> i.number()).filter(n -> n.startsWith(regie.setup().prefix() + "-")).toList();
    }

    public String pay(FamilyId family, Regie regie, LocalDate date, String amount, String invoiceNumber) {
        ReceivePaymentResult result = context.getBean(ReceivePaymentUseCase.class).receivePayment(
                new ReceivePaymentCommand(family, regie.setup().regie(), date, "CHEQUE", new BigDecimal(amount), null,
                        List.of(invoiceNumber)));
        if (!result.recorded()) {
            throw new IllegalStateException("payment refused: " + result.problems());
        }
        return result.number();
    }

    public static void moveClockTo(LocalDate day) {
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        TestClock.PORTAL.advance(Duration.ofDays(day.toEpochDay() - today.toEpochDay()));
    }
}
