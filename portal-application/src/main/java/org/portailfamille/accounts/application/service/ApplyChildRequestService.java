package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AddChildForm;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestUseCase;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonsForm;
import org.portailfamille.accounts.application.port.in.ChildChange;
import org.portailfamille.accounts.application.port.in.ChildIdentityForm;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.domain.Child;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class ApplyChildRequestService implements ApplyChildRequestUseCase {

    static final String FILE_CHANGED = "request.conflict.childFileChanged";

    private final Children children;
    private final ChildFileChanges fileChanges;
    private final AppliedRequests appliedRequests;
    private final RegisterChildUseCase registerChild;
    private final Clock clock;

    public ApplyChildRequestService(Children children, ChildFileChanges fileChanges, AppliedRequests appliedRequests,
                                    RegisterChildUseCase registerChild, Clock clock) {
        this.children = children;
        this.fileChanges = fileChanges;
        this.appliedRequests = appliedRequests;
        this.registerChild = registerChild;
        this.clock = clock;
    }

    @Override
    public void applyAcceptedChildRequest(ApplyChildRequestCommand command) {
        Optional<ChildChange> change = fileChanges.decode(command.type(), command.payload());
        if (change.isEmpty() || command.familyId() == null) {
            return;
        }
        if (!appliedRequests.markApplied(command.requestId(), clock.instant())) {
            return; // already applied: a redelivered event changes nothing
        }
        if (change.get() instanceof AddChildForm added) {
            ChildIdentityForm identity = added.identity();
            registerChild.registerChild(new RegisterChildCommand(command.familyId(), identity.firstName(),
                    identity.lastName(), identity.born(), identity.sex(), identity.school(), identity.schoolClass(),
                    false, false, List.of(), new HealthDetails("", "", "", "", false, false, false, "")));
            return;
        }
        Child child = childOf(command)
                .orElseThrow(() -> new IllegalStateException("Unknown child " + command.childId()));
        children.update(fileChanges.apply(change.get(), child));
    }

    @Override
    public Optional<String> conflictWithChildFile(ApplyChildRequestCommand command) {
        Optional<ChildChange> change = fileChanges.decode(command.type(), command.payload());
        if (change.isEmpty() || change.get() instanceof AddChildForm || command.familyId() == null) {
            return Optional.empty();
        }
        Optional<Child> child = childOf(command);
        if (child.isEmpty()) {
            return Optional.of(FILE_CHANGED);
        }
        Map<String, String> current = fileChanges.current(change.get(), child.get());
        boolean changed = current.entrySet().stream().anyMatch(entry -> {
            String seen = command.payload().get("old." + entry.getKey());
            return seen == null || !seen.equals(entry.getValue());
        });
        boolean personsChanged = change.get() instanceof AuthorisedPersonsForm && command.payload().keySet().stream()
                .filter(key -> key.startsWith("old.person."))
                .anyMatch(key -> !current.containsKey(key.substring("old.".length())));
        return changed || personsChanged ? Optional.of(FILE_CHANGED) : Optional.empty();
    }

    private Optional<Child> childOf(ApplyChildRequestCommand command) {
        return command.childId() == null ? Optional.empty()
                : children.byId(command.childId()).filter(child -> child.belongsTo(command.familyId()));
    }
}
