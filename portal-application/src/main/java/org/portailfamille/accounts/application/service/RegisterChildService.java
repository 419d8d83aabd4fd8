package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.AuthorisedPerson;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.shared.ChildId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public class RegisterChildService implements RegisterChildUseCase {

    private final Families families;
    private final Children children;
    private final Clock clock;

    public RegisterChildService(Families families, Children children, Clock clock) {
        this.families = families;
        this.children = children;
        this.clock = clock;
    }

    @Override
    public ChildId registerChild(RegisterChildCommand command) {
        if (families.byId(command.familyId()).isEmpty()) {
            throw new IllegalArgumentException("No such family: " + command.familyId());
        }
        List<AuthorisedPerson> persons = command.authorisedPersons().stream()
                .map(p -> new AuthorisedPerson(p.name(), p.relationship(), p.phone(), p.mayPickUp(),
                        p.emergencyContact()))
                .toList();
        HealthDetails h = command.health();
        HealthRecord health = new HealthRecord(h.doctorName(), h.doctorPhone(), h.allergies(), h.diet(), h.pai(),
                h.vaccinationsUpToDate(), h.glasses(), h.remarks());
        Child child = Child.register(command.familyId(), command.firstName(), command.lastName(), command.birthDate(),
                Sex.valueOf(command.sex()), command.school(), command.schoolClass(), command.imageAuthorisation(),
                command.outingAuthorisation(), persons, health, LocalDate.now(clock));
        children.add(child);
        return child.id();
    }
}
