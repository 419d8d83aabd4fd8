package org.portailfamille.accounts.application.port.in;

import java.util.List;

/** The logins of staff (the back office), by username. */
public interface ListStaffLoginsUseCase {
    List<StaffLogin> staffLogins();
}
