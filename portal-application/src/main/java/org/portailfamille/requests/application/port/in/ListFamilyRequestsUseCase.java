package org.portailfamille.requests.application.port.in;

/** "Liste des demandes" of a family. */
public interface ListFamilyRequestsUseCase {
    FamilyRequests familyRequests(FamilyRequestsQuery query);
}
