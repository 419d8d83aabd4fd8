package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.FamilyChange;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome.Status;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.accounts.application.port.in.TaxForm;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyQuotientPolicy;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public class SubmitFamilyChangeService implements SubmitFamilyChangeUseCase {

    private final Families families;
    private final FamilyFileChanges fileChanges;
    private final SubmitRequestUseCase submitRequest;

    public SubmitFamilyChangeService(Families families, FamilyFileChanges fileChanges,
                                     SubmitRequestUseCase submitRequest) {
        this.families = families;
        this.fileChanges = fileChanges;
        this.submitRequest = submitRequest;
    }

    @Override
    public FamilyChangeOutcome submitFamilyChange(SubmitFamilyChangeCommand command) {
        Family family = families.byId(command.familyId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown family " + command.familyId()));
        FamilyChange change = command.change();
        if (change instanceof BankForm bank && bank.iban().isEmpty() && family.bankDetails().isPresent()) {
            // The form never shows the stored IBAN (masked on screen): left empty, it stays as it is.
            change = bank.withIban(family.bankDetails().get().iban());
        }
        Map<String, String> problems = change.problems();
        if (!problems.isEmpty()) {
            return new FamilyChangeOutcome(Status.INVALID, problems, null, null);
        }
        Map<String, String> current = fileChanges.current(change, family);
        Map<String, String> typed = change.fields();
        List<FieldChangeView> changes = fileChanges.changes(current, typed);
        BigDecimal quotient = change instanceof TaxForm tax
                ? FamilyQuotientPolicy.quotient(FamilyFileChanges.taxDetails(tax)) : null;
        if (changes.isEmpty()) {
            return new FamilyChangeOutcome(Status.UNCHANGED, Map.of(), null, quotient);
        }
        Map<String, String> payload = new LinkedHashMap<>(typed);
        current.forEach((field, value) -> payload.put("old." + field, value));
        UUID requestId = submitRequest.submitRequest(new SubmitRequestCommand(fileChanges.typeOf(change), "ACCOUNT",
                family.id(), null, command.submittedBy(), changes, payload));
        return new FamilyChangeOutcome(Status.SUBMITTED, Map.of(), requestId, quotient);
    }
}
