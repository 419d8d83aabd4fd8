package org.portailfamille.billing.application.service;

import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.billing.application.port.in.GetTaxCertificateUseCase;
import org.portailfamille.billing.application.port.in.ListTaxCertificatesUseCase;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesCommand;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesResult;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesUseCase;
import org.portailfamille.billing.application.port.in.TaxCertificateView;
import org.portailfamille.billing.application.port.out.TaxCertificateFacts;
import org.portailfamille.billing.application.port.out.TaxCertificates;
import org.portailfamille.billing.domain.ChildcareTaxCredit;
import org.portailfamille.billing.domain.TaxCertificate;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Attestations fiscales (frais de garde): produced by staff for a tax year that is over, for every family that paid
 * something in it, by the domain's rule ({@link ChildcareTaxCredit}); stored, then read by parents (their own) and
 * staff. ADR 0029.
 */
public class TaxCertificateService implements ProduceTaxCertificatesUseCase, ListTaxCertificatesUseCase,
        GetTaxCertificateUseCase {

    private final TaxCertificateFacts facts;
    private final TaxCertificates certificates;
    private final ListChildrenUseCase children;
    private final GetFamilySummaryUseCase familySummaries;
    private final Clock clock;

    public TaxCertificateService(TaxCertificateFacts facts, TaxCertificates certificates, ListChildrenUseCase children,
                                 GetFamilySummaryUseCase familySummaries, Clock clock) {
        this.facts = facts;
        this.certificates = certificates;
        this.children = children;
        this.familySummaries = familySummaries;
        this.clock = clock;
    }

    @Override
    public ProduceTaxCertificatesResult produce(ProduceTaxCertificatesCommand command) {
        LocalDate today = LocalDate.now(clock);
        int year = command.taxYear();
        if (year < 2000 || year >= today.getYear()) {
            return new ProduceTaxCertificatesResult(year, 0, 0, BigDecimal.ZERO, List.of("year.invalid"));
        }
        List<FamilyId> families = facts.familiesWithPaymentsIn(year);
        List<TaxCertificate> produced = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (FamilyId familyId : families) {
            List<ChildSummary> young = children.children(familyId).stream()
                    .filter(child -> ChildcareTaxCredit.underSixOnFirstJanuary(child.birthDate(), year)).toList();
            if (young.isEmpty()) {
                continue;
            }
            Map<ChildId, Money> paid = ChildcareTaxCredit.paidForCare(year, facts.invoiceLinesOf(familyId),
                    facts.paymentsOf(familyId));
            Optional<FamilySummary> family = familySummaries.familySummary(familyId);
            for (ChildSummary child : young) {
                Money amount = paid.get(child.childId());
                if (amount == null || !amount.isPositive()) {
                    continue;
                }
                produced.add(new TaxCertificate(UUID.randomUUID(), year, familyId,
                        family.map(FamilySummary::familyNumber).orElse(""),
                        family.map(f -> f.lastName().toUpperCase(Locale.FRENCH) + " " + f.firstName()).orElse(""),
                        child.childId(), child.firstName(), child.lastName(), child.birthDate(), amount, today,
                        command.producedBy()));
                total = total.add(amount.amount());
            }
        }
        certificates.replaceYear(year, produced);
        return new ProduceTaxCertificatesResult(year, families.size(), produced.size(), total, List.of());
    }

    @Override
    public List<TaxCertificateView> certificatesOf(FamilyId familyId, int taxYear) {
        return certificates.ofFamily(familyId, taxYear).stream().map(TaxCertificateService::view).toList();
    }

    @Override
    public List<Integer> yearsOf(FamilyId familyId) {
        return certificates.yearsOf(familyId);
    }

    @Override
    public List<TaxCertificateView> certificatesOfYear(int taxYear) {
        return certificates.ofYear(taxYear).stream().map(TaxCertificateService::view).toList();
    }

    @Override
    public List<Integer> producedYears() {
        return certificates.years();
    }

    @Override
    public Optional<TaxCertificateView> certificate(FamilyId familyId, ChildId childId, int taxYear) {
        return certificates.ofChild(childId, taxYear).filter(c -> c.familyId().equals(familyId))
                .map(TaxCertificateService::view);
    }

    @Override
    public Optional<TaxCertificateView> certificateForStaff(ChildId childId, int taxYear) {
        return certificates.ofChild(childId, taxYear).map(TaxCertificateService::view);
    }

    private static TaxCertificateView view(TaxCertificate c) {
        return new TaxCertificateView(c.taxYear(), c.familyId(), c.familyNumber(), c.guardianName(), c.childId(),
                c.childFirstName(), c.childLastName(), c.childBirthDate(), c.amount().amount(), c.producedOn());
    }
}
