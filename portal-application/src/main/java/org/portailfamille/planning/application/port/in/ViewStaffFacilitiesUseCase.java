package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Which facilities a member of staff works for (ADR 0025); none for a login nobody assigned. */
public interface ViewStaffFacilitiesUseCase {
    StaffFacilities staffFacilities(UUID loginId);
}
