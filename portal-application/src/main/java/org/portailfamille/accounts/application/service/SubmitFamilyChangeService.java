package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.FamilyChangeForm;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome.Status;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.service.FamilyFileFields.Kind;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyQuotientPolicy;
import org.portailfamille.accounts.domain.TaxDetails;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public class SubmitFamilyChangeService implements SubmitFamilyChangeUseCase {

    private final Families families;
    private final SubmitRequestUseCase submitRequest;

    public SubmitFamilyChangeService(Families families, SubmitRequestUseCase submitRequest) {
        this.families = families;
        this.submitRequest = submitRequest;
    }

    @Override
    public FamilyChangeOutcome submitFamilyChange(FamilyChangeForm form) {
        Kind kind = Kind.valueOf(form.kind());
        Family family = families.byId(form.familyId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown family " + form.familyId()));
        Map<String, String> typed = FamilyFileFields.normalise(kind, form.values());
        if (kind == Kind.BANK && typed.get("iban").isEmpty()) {
            // The form never shows the stored IBAN (masked on screen): left empty, it stays as it is.
            family.bankDetails().ifPresent(bank -> typed.put("iban", bank.iban()));
        }
        Map<String, String> problems = FamilyFileFields.problems(kind, typed);
        if (!problems.isEmpty()) {
            return new FamilyChangeOutcome(Status.INVALID, problems, null, null);
        }
        Map<String, String> current = FamilyFileFields.current(kind, family);
        List<FieldChangeView> changes = new ArrayList<>();
        for (String field : kind.fields) {
            String before = current.get(field);
            String after = typed.get(field);
            if (!before.equals(after)) {
                changes.add(new FieldChangeView("field." + field, FamilyFileFields.display(field, before),
                        FamilyFileFields.display(field, after), FamilyFileFields.isCoded(field)));
            }
        }
        BigDecimal quotient = kind == Kind.TAX ? FamilyQuotientPolicy.quotient(new TaxDetails(
                new BigDecimal(typed.get("referenceIncome")), new BigDecimal(typed.get("taxShares")),
                Integer.parseInt(typed.get("taxYear")))) : null;
        if (changes.isEmpty()) {
            return new FamilyChangeOutcome(Status.UNCHANGED, Map.of(), null, quotient);
        }
        Map<String, String> payload = new LinkedHashMap<>(typed);
        current.forEach((field, value) -> payload.put("old." + field, value));
        UUID requestId = submitRequest.submitRequest(new SubmitRequestCommand(kind.type, "ACCOUNT", family.id(), null,
                form.submittedBy(), changes, payload));
        return new FamilyChangeOutcome(Status.SUBMITTED, Map.of(), requestId, quotient);
    }
}
