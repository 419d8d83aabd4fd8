package org.portailfamille.accounts.application.port.in;

import java.util.List;

/** Staff find a family by name, N° Famille, e-mail or postcode (at most 50 results). */
public interface SearchFamiliesUseCase {

    int MAX_RESULTS = 50;

    List<FamilySearchResult> searchFamilies(String text);
}
