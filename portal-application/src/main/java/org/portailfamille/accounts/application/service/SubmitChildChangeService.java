package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AddChildForm;
import org.portailfamille.accounts.application.port.in.ChildChange;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome.Status;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeUseCase;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public class SubmitChildChangeService implements SubmitChildChangeUseCase {

    static final String AREA = "CHILDREN";

    private final Families families;
    private final Children children;
    private final ChildFileChanges fileChanges;
    private final SubmitRequestUseCase submitRequest;
    private final Clock clock;

    public SubmitChildChangeService(Families families, Children children, ChildFileChanges fileChanges,
                                    SubmitRequestUseCase submitRequest, Clock clock) {
        this.families = families;
        this.children = children;
        this.fileChanges = fileChanges;
        this.submitRequest = submitRequest;
        this.clock = clock;
    }

    @Override
    public ChildChangeOutcome submitChildChange(SubmitChildChangeCommand command) {
        if (families.byId(command.familyId()).isEmpty()) {
            throw new IllegalArgumentException("Unknown family " + command.familyId());
        }
        ChildChange change = command.change();
        Optional<Child> child = Optional.empty();
        if (!(change instanceof AddChildForm)) {
            child = command.childId() == null ? Optional.empty()
                    : children.byId(command.childId()).filter(c -> c.belongsTo(command.familyId()));
            if (child.isEmpty()) {
                return new ChildChangeOutcome(Status.UNKNOWN_CHILD, Map.of(), null);
            }
        }
        Map<String, String> problems = change.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new ChildChangeOutcome(Status.INVALID, problems, null);
        }
        Map<String, String> after = change.fields();
        Map<String, String> before = child.map(c -> fileChanges.current(change, c)).orElse(Map.of());
        List<FieldChangeView> changes = fileChanges.changes(change, before, after);
        if (changes.isEmpty() || before.equals(after)) {
            return new ChildChangeOutcome(Status.UNCHANGED, Map.of(), null);
        }
        Map<String, String> payload = new LinkedHashMap<>(after);
        before.forEach((field, value) -> payload.put("old." + field, value));
        child.ifPresent(c -> payload.put("childName", c.firstName() + " " + c.lastName()));
        UUID requestId = submitRequest.submitRequest(new SubmitRequestCommand(fileChanges.typeOf(change), AREA,
                command.familyId(), child.map(Child::id).orElse(null), command.submittedBy(), changes, payload));
        return new ChildChangeOutcome(Status.SUBMITTED, Map.of(), requestId);
    }
}
