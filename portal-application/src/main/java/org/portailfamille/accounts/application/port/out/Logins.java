package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.LoginId;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.Username;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;

/** Where logins are kept. */
public interface Logins {

    /** Adds a login; false when the username is already taken (decided by the database). */
    boolean add(Login login);

    Optional<Login> byUsername(Username username);

    Optional<Login> byId(LoginId id);

    List<Login> ofFamily(FamilyId familyId);

    /** The logins of staff, by username. */
    List<Login> ofStaff();

    /** Stores the login's current password hash and temporary flag. */
    void updatePassword(Login login);
}
