package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ChildChangeForm;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome.Status;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeUseCase;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.service.ChildFileFields.Kind;
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
    private final SubmitRequestUseCase submitRequest;
    private final Clock clock;

    public SubmitChildChangeService(Families families, Children children, SubmitRequestUseCase submitRequest,
                                    Clock clock) {
        this.families = families;
        this.children = children;
        this.submitRequest = submitRequest;
        this.clock = clock;
    }

    @Override
    public ChildChangeOutcome submitChildChange(ChildChangeForm form) {
        Kind kind = Kind.valueOf(form.kind());
        if (families.byId(form.familyId()).isEmpty()) {
            throw new IllegalArgumentException("Unknown family " + form.familyId());
        }
        Optional<Child> child = Optional.empty();
        if (kind != Kind.REGISTRATION) {
            child = form.childId() == null ? Optional.empty()
                    : children.byId(form.childId()).filter(c -> c.belongsTo(form.familyId()));
            if (child.isEmpty()) {
                return new ChildChangeOutcome(Status.UNKNOWN_CHILD, Map.of(), null);
            }
        }
        Map<String, String> typed = ChildFileFields.normalise(kind, form.values());
        Map<String, String> problems = ChildFileFields.problems(kind, typed, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new ChildChangeOutcome(Status.INVALID, problems, null);
        }
        Map<String, String> after = ChildFileFields.stored(kind, typed);
        Map<String, String> before = child.map(c -> ChildFileFields.current(kind, c)).orElse(Map.of());
        List<FieldChangeView> changes = ChildFileFields.changes(kind, before, after);
        if (changes.isEmpty() || before.equals(after)) {
            return new ChildChangeOutcome(Status.UNCHANGED, Map.of(), null);
        }
        Map<String, String> payload = new LinkedHashMap<>(after);
        before.forEach((field, value) -> payload.put("old." + field, value));
        child.ifPresent(c -> payload.put("childName", c.firstName() + " " + c.lastName()));
        UUID requestId = submitRequest.submitRequest(new SubmitRequestCommand(kind.type, AREA, form.familyId(),
                child.map(Child::id).orElse(null), form.submittedBy(), changes, payload));
        return new ChildChangeOutcome(Status.SUBMITTED, Map.of(), requestId);
    }
}
