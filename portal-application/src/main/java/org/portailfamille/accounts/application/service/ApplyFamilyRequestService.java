package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.BankDetailsChanged;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.FamilyChange;
import org.portailfamille.accounts.application.port.out.AccountEvents;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.Family;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public class ApplyFamilyRequestService implements ApplyFamilyRequestUseCase {

    static final String FILE_CHANGED = "request.conflict.fileChanged";

    private final Families families;
    private final FamilyFileChanges fileChanges;
    private final AppliedRequests appliedRequests;
    private final AccountEvents events;
    private final Clock clock;

    public ApplyFamilyRequestService(Families families, FamilyFileChanges fileChanges, AppliedRequests appliedRequests,
                                     AccountEvents events, Clock clock) {
        this.families = families;
        this.fileChanges = fileChanges;
        this.appliedRequests = appliedRequests;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void applyAcceptedRequest(ApplyFamilyRequestCommand command) {
        Optional<FamilyChange> change = fileChanges.decode(command.type(), command.payload());
        if (change.isEmpty() || command.familyId() == null) {
            return;
        }
        if (!appliedRequests.markApplied(command.requestId(), clock.instant())) {
            return; // already applied: a redelivered event changes nothing
        }
        Family family = families.byId(command.familyId())
                .orElseThrow(() -> new IllegalStateException("Unknown family " + command.familyId()));
        fileChanges.apply(change.get(), family);
        families.update(family);
        if (change.get() instanceof BankForm) {
            family.bankDetails().ifPresent(bank -> events.bankDetailsChanged(new BankDetailsChanged(family.id(),
                    family.number().value(), bank.holder(), bank.iban(), bank.bic(), bank.directDebit(),
                    clock.instant())));
        }
    }

    @Override
    public Optional<String> conflictWithFile(ApplyFamilyRequestCommand command) {
        Optional<FamilyChange> change = fileChanges.decode(command.type(), command.payload());
        if (change.isEmpty() || command.familyId() == null) {
            return Optional.empty();
        }
        Optional<Family> family = families.byId(command.familyId());
        if (family.isEmpty()) {
            return Optional.of(FILE_CHANGED);
        }
        Map<String, String> current = fileChanges.current(change.get(), family.get());
        boolean changed = current.entrySet().stream().anyMatch(entry -> {
            String seen = command.payload().get("old." + entry.getKey());
            return seen != null && !seen.equals(entry.getValue());
        });
        return changed ? Optional.of(FILE_CHANGED) : Optional.empty();
    }
}
