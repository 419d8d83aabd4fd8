package org.portailfamille.requests.application.port.in;

import java.util.List;

/** "Liste des demandes" of a family: its views (areas) and, in one, the requests of a month, masked. */
public interface ListFamilyRequestsUseCase {

    /** The areas (views) of the list, in their order; the first is the default one. */
    List<RequestArea> areas();

    /** The requests of {@code query}; a type not offered in the area is ignored (all types are listed). */
    FamilyRequests familyRequests(FamilyRequestsQuery query);
}
