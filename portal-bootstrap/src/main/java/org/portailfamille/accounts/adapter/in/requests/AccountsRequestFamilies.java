package org.portailfamille.accounts.adapter.in.requests;

import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.requests.application.port.spi.RequestFamilies;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tells the staff request queue who the families are (accounts owns them; requests may not depend on accounts). */
@Component
class AccountsRequestFamilies implements RequestFamilies {

    private final GetFamilySummaryUseCase families;

    AccountsRequestFamilies(GetFamilySummaryUseCase families) {
        this.families = families;
    }

    @Override
    public Optional<RequestFamily> family(FamilyId familyId) {
        return families.familySummary(familyId)
                .map(family -> new RequestFamily(family.lastName(), family.firstName(), family.familyNumber()));
    }

    @Override
    public Map<FamilyId, RequestFamily> families(Set<FamilyId> familyIds) {
        Map<FamilyId, RequestFamily> named = new HashMap<>();
        families.familySummaries(familyIds).forEach((id, family) ->
                named.put(id, new RequestFamily(family.lastName(), family.firstName(), family.familyNumber())));
        return named;
    }

    @Override
    public Optional<FamilyId> familyIdByNumber(String familyNumber) {
        return families.familySummaryByNumber(familyNumber).map(family -> family.familyId());
    }
}
