package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ChildChange;
import org.portailfamille.accounts.application.port.in.ChildIdentityForm;
import org.portailfamille.accounts.application.port.in.CorrectChildCommand;
import org.portailfamille.accounts.application.port.in.CorrectChildUseCase;
import org.portailfamille.accounts.application.port.in.StaffCorrectionOutcome;
import org.portailfamille.accounts.application.port.in.StaffCorrectionOutcome.Status;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.FamilyHistory;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.FamilyHistoryEntry;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.requests.application.port.in.FieldChangeView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class CorrectChildService implements CorrectChildUseCase {

    private final Families families;
    private final Children children;
    private final ChildFileChanges fileChanges;
    private final FamilyHistory history;
    private final Clock clock;

    public CorrectChildService(Families families, Children children, ChildFileChanges fileChanges,
                               FamilyHistory history, Clock clock) {
        this.families = families;
        this.children = children;
        this.fileChanges = fileChanges;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public StaffCorrectionOutcome correctChild(CorrectChildCommand command) {
        if (families.byId(command.familyId()).isEmpty()) {
            return new StaffCorrectionOutcome(Status.NOT_FOUND, Map.of(), null);
        }
        Optional<Child> existing = Optional.empty();
        if (command.childId() != null) {
            existing = children.byId(command.childId()).filter(child -> child.belongsTo(command.familyId()));
            if (existing.isEmpty()) {
                return new StaffCorrectionOutcome(Status.NOT_FOUND, Map.of(), null);
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = command.problems(today);
        if (!problems.isEmpty()) {
            return StaffCorrectionOutcome.invalid(problems);
        }
        ChildIdentityForm identity = command.identity();
        Instant now = clock.instant();
        if (existing.isEmpty()) {
            Child child = Child.register(command.familyId(), identity.firstName(), identity.lastName(),
                    identity.born(), Sex.valueOf(identity.sex()), identity.school(), identity.schoolClass(),
                    command.authorisations().imageAuthorisation(), command.authorisations().outingAuthorisation(),
                    List.of(), HealthRecord.empty(), today);
            children.add(child);
            List<FieldChangeView> added = new ArrayList<>();
            for (ChildChange form : List.of(identity, command.authorisations())) {
                Map<String, String> before = new LinkedHashMap<>();
                form.fields().keySet().forEach(field -> before.put(field, ""));
                added.addAll(fileChanges.changes(form, before, form.fields()));
            }
            record(command, child, added, now);
            return new StaffCorrectionOutcome(Status.CORRECTED, Map.of(), child.id());
        }
        Child child = existing.get();
        List<FieldChangeView> changes = new ArrayList<>();
        for (ChildChange form : List.of(identity, command.authorisations())) {
            changes.addAll(fileChanges.changes(form, fileChanges.current(form, child), form.fields()));
            child = fileChanges.apply(form, child);
        }
        if (changes.isEmpty()) {
            return new StaffCorrectionOutcome(Status.UNCHANGED, Map.of(), child.id());
        }
        children.update(child);
        record(command, child, changes, now);
        return new StaffCorrectionOutcome(Status.CORRECTED, Map.of(), child.id());
    }

    private void record(CorrectChildCommand command, Child child, List<FieldChangeView> changes, Instant now) {
        String subject = child.firstName() + " " + child.lastName();
        for (FieldChangeView shown : changes) {
            history.record(new FamilyHistoryEntry(command.familyId(), child.id(), now, command.staffName(),
                    command.reason(), subject, shown.labelKey(), shown.oldValue(), shown.newValue(), shown.coded()));
        }
    }
}
