package org.portailfamille.requests.application.port.spi;

import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/**
 * Who the families are, for the staff queue (names, the "N° Famille" filter). The requests module depends on no
 * business module: the module owning families implements this.
 */
public interface RequestFamilies {

    Optional<RequestFamily> family(FamilyId familyId);

    Optional<FamilyId> familyIdByNumber(String familyNumber);
}
