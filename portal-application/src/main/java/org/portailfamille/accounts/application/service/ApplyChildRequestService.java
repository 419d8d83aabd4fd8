package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ApplyChildRequestCommand;
import org.portailfamille.accounts.application.port.in.ApplyChildRequestUseCase;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.service.ChildFileFields.Kind;
import org.portailfamille.accounts.domain.Child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class ApplyChildRequestService implements ApplyChildRequestUseCase {

    static final String FILE_CHANGED = "request.conflict.childFileChanged";

    private final Children children;
    private final AppliedRequests appliedRequests;
    private final RegisterChildUseCase registerChild;
    private final Clock clock;

    public ApplyChildRequestService(Children children, AppliedRequests appliedRequests,
                                    RegisterChildUseCase registerChild, Clock clock) {
        this.children = children;
        this.appliedRequests = appliedRequests;
        this.registerChild = registerChild;
        this.clock = clock;
    }

    @Override
    public void applyAcceptedChildRequest(ApplyChildRequestCommand command) {
        Optional<Kind> kind = Kind.ofType(command.type());
        if (kind.isEmpty() || command.familyId() == null) {
            return;
        }
        if (!appliedRequests.markApplied(command.requestId(), clock.instant())) {
            return; // already applied: a redelivered event changes nothing
        }
        Map<String, String> v = command.payload();
        if (kind.get() == Kind.REGISTRATION) {
            registerChild.registerChild(new RegisterChildCommand(command.familyId(), v.get("firstName"),
                    v.get("lastName"), LocalDate.parse(v.get("birthDate")), v.get("sex"), v.getOrDefault("school", ""),
                    v.getOrDefault("schoolClass", ""), false, false, List.of(),
                    new HealthDetails("", "", "", "", false, false, false, "")));
            return;
        }
        Child child = childOf(command)
                .orElseThrow(() -> new IllegalStateException("Unknown child " + command.childId()));
        children.update(ChildFileFields.apply(kind.get(), child, v));
    }

    @Override
    public Optional<String> conflictWithChildFile(ApplyChildRequestCommand command) {
        Optional<Kind> kind = Kind.ofType(command.type());
        if (kind.isEmpty() || kind.get() == Kind.REGISTRATION || command.familyId() == null) {
            return Optional.empty();
        }
        Optional<Child> child = childOf(command);
        if (child.isEmpty()) {
            return Optional.of(FILE_CHANGED);
        }
        Map<String, String> current = ChildFileFields.current(kind.get(), child.get());
        boolean changed = current.entrySet().stream().anyMatch(entry -> {
            String seen = command.payload().get("old." + entry.getKey());
            return seen == null || !seen.equals(entry.getValue());
        });
        boolean personsChanged = kind.get() == Kind.PERSONS && command.payload().keySet().stream()
                .filter(key -> key.startsWith("old.person."))
                .anyMatch(key -> !current.containsKey(key.substring("old.".length())));
        return changed || personsChanged ? Optional.of(FILE_CHANGED) : Optional.empty();
    }

    private Optional<Child> childOf(ApplyChildRequestCommand command) {
        return command.childId() == null ? Optional.empty()
                : children.byId(command.childId()).filter(child -> child.belongsTo(command.familyId()));
    }
}
