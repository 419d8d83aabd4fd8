package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.FamilySearchResult;
import org.portailfamille.accounts.application.port.in.SearchFamiliesUseCase;
import org.portailfamille.accounts.application.port.out.Families;

import java.util.List;

public class SearchFamiliesService implements SearchFamiliesUseCase {

    private final Families families;

    public SearchFamiliesService(Families families) {
        this.families = families;
    }

    @Override
    public List<FamilySearchResult> searchFamilies(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < 2 || query.length() > 100) {
            return List.of();
        }
        return families.search(query, MAX_RESULTS).stream()
                .map(f -> new FamilySearchResult(f.id(), f.number().value(), f.guardian().name().lastName(),
                        f.guardian().name().firstName(), f.guardian().contact().email(),
                        f.guardian().address().postcode(), f.guardian().address().city()))
                .toList();
    }
}
