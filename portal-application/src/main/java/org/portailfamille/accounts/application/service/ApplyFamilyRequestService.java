package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyFamilyRequestUseCase;
import org.portailfamille.accounts.BankDetailsChanged;
import org.portailfamille.accounts.application.port.out.AccountEvents;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.service.FamilyFileFields.Kind;
import org.portailfamille.accounts.domain.Family;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class ApplyFamilyRequestService implements ApplyFamilyRequestUseCase {

    static final String FILE_CHANGED = "request.conflict.fileChanged";

    private final Families families;
    private final AppliedRequests appliedRequests;
    private final AccountEvents events;
    private final Clock clock;

    public ApplyFamilyRequestService(Families families, AppliedRequests appliedRequests, AccountEvents events,
                                     Clock clock) {
        this.families = families;
        this.appliedRequests = appliedRequests;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void applyAcceptedRequest(ApplyFamilyRequestCommand command) {
        Optional<Kind> kind = Kind.ofType(command.type());
        if (kind.isEmpty() || command.familyId() == null) {
            return;
        }
        if (!appliedRequests.markApplied(command.requestId(), clock.instant())) {
            return; // already applied: a redelivered event changes nothing
        }
        Family family = families.byId(command.familyId())
                .orElseThrow(() -> new IllegalStateException("Unknown family " + command.familyId()));
        Map<String, String> values = new HashMap<>();
        kind.get().fields.forEach(field -> values.put(field, command.payload().getOrDefault(field, "")));
        FamilyFileFields.apply(kind.get(), family, values);
        families.update(family);
        if (kind.get() == Kind.BANK) {
            family.bankDetails().ifPresent(bank -> events.bankDetailsChanged(new BankDetailsChanged(family.id(),
                    family.number().value(), bank.holder(), bank.iban(), bank.bic(), bank.directDebit(),
                    clock.instant())));
        }
    }

    @Override
    public Optional<String> conflictWithFile(ApplyFamilyRequestCommand command) {
        Optional<Kind> kind = Kind.ofType(command.type());
        if (kind.isEmpty() || command.familyId() == null) {
            return Optional.empty();
        }
        Optional<Family> family = families.byId(command.familyId());
        if (family.isEmpty()) {
            return Optional.of(FILE_CHANGED);
        }
        Map<String, String> current = FamilyFileFields.current(kind.get(), family.get());
        boolean changed = current.entrySet().stream().anyMatch(entry -> {
            String seen = command.payload().get("old." + entry.getKey());
            return seen != null && !seen.equals(entry.getValue());
        });
        return changed ? Optional.of(FILE_CHANGED) : Optional.empty();
    }
}
