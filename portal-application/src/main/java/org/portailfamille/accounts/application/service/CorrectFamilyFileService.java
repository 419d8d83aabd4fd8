package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.BankDetailsChanged;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.CorrectFamilyFileCommand;
import org.portailfamille.accounts.application.port.in.CorrectFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.FamilyChange;
import org.portailfamille.accounts.application.port.in.StaffCorrectionOutcome;
import org.portailfamille.accounts.application.port.in.StaffCorrectionOutcome.Status;
import org.portailfamille.accounts.application.port.out.AccountEvents;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.FamilyHistory;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyHistoryEntry;
import org.portailfamille.requests.application.port.in.FieldChangeView;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class CorrectFamilyFileService implements CorrectFamilyFileUseCase {

    static final String FAMILY_SUBJECT = "family";

    private final Families families;
    private final FamilyFileChanges fileChanges;
    private final FamilyHistory history;
    private final AccountEvents events;
    private final Clock clock;

    public CorrectFamilyFileService(Families families, FamilyFileChanges fileChanges, FamilyHistory history,
                                    AccountEvents events, Clock clock) {
        this.families = families;
        this.fileChanges = fileChanges;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public StaffCorrectionOutcome correctFamilyFile(CorrectFamilyFileCommand command) {
        Optional<Family> found = families.byId(command.familyId());
        if (found.isEmpty()) {
            return new StaffCorrectionOutcome(Status.NOT_FOUND, Map.of(), null);
        }
        Family family = found.get();
        FamilyChange change = command.change();
        if (change instanceof BankForm bank && bank.iban().isEmpty() && family.bankDetails().isPresent()) {
            change = bank.withIban(family.bankDetails().get().iban()); // the stored IBAN is never shown: kept
        }
        CorrectFamilyFileCommand checked = new CorrectFamilyFileCommand(command.familyId(), change,
                command.staffName(), command.reason());
        Map<String, String> problems = checked.problems();
        if (!problems.isEmpty()) {
            return StaffCorrectionOutcome.invalid(problems);
        }
        List<FieldChangeView> changes = fileChanges.changes(fileChanges.current(change, family), change.fields());
        if (changes.isEmpty()) {
            return new StaffCorrectionOutcome(Status.UNCHANGED, Map.of(), null);
        }
        fileChanges.apply(change, family);
        families.update(family);
        Instant now = clock.instant();
        for (FieldChangeView shown : changes) {
            history.record(new FamilyHistoryEntry(family.id(), null, now, command.staffName(), command.reason(),
                    FAMILY_SUBJECT, shown.labelKey(), shown.oldValue(), shown.newValue(), shown.coded()));
        }
        if (change instanceof BankForm) {
            family.bankDetails().ifPresent(bank -> events.bankDetailsChanged(new BankDetailsChanged(family.id(),
                    family.number().value(), bank.holder(), bank.iban(), bank.bic(), bank.directDebit(), now)));
        }
        return new StaffCorrectionOutcome(Status.CORRECTED, Map.of(), null);
    }
}
