package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.GetChildFileUseCase;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

public class GetChildFileService implements GetChildFileUseCase {

    private final Children children;

    public GetChildFileService(Children children) {
        this.children = children;
    }

    @Override
    public Optional<ChildFile> childFile(FamilyId familyId, ChildId childId) {
        return children.byId(childId)
                .filter(child -> child.belongsTo(familyId))
                .map(GetChildFileService::fileOf);
    }

    private static ChildFile fileOf(Child child) {
        HealthRecord h = child.healthRecord();
        return new ChildFile(child.id(), child.firstName(), child.lastName(), child.birthDate(), child.sex().name(),
                child.school(), child.schoolClass(), child.imageAuthorisation(), child.outingAuthorisation(),
                child.authorisedPersons().stream()
                        .map(p -> new AuthorisedPersonDetails(p.name(), p.relationship(), p.phone(), p.mayPickUp(),
                                p.emergencyContact()))
                        .toList(),
                new HealthDetails(h.doctorName(), h.doctorPhone(), h.allergies(), h.diet(), h.pai(),
                        h.vaccinationsUpToDate(), h.glasses(), h.remarks()));
    }
}
