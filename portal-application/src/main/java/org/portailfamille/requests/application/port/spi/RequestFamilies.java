package org.portailfamille.requests.application.port.spi;

import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.shared.FamilyId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the families are, for the staff queue (names, the "N° Famille" filter). The requests module depends on no
 * business module: the module owning families implements this.
 */
public interface RequestFamilies {

    Optional<RequestFamily> family(FamilyId familyId);

    Optional<FamilyId> familyIdByNumber(String familyNumber);

    /**
     * These families, named for a list: a module owning families answers in one read whatever their number (the
     * queue of a city holds hundreds of families); ids of no family are left out.
     */
    default Map<FamilyId, RequestFamily> families(Set<FamilyId> familyIds) {
        Map<FamilyId, RequestFamily> found = new HashMap<>();
        familyIds.forEach(id -> family(id).ifPresent(family -> found.put(id, family)));
        return found;
    }
}
