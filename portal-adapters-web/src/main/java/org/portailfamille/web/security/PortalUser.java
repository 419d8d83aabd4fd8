package org.portailfamille.web.security;

import org.portailfamille.accounts.application.port.in.AuthenticatedUser;
import org.portailfamille.accounts.application.port.in.UserRole;
import org.portailfamille.shared.FamilyId;
import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serializable;
import java.util.Objects;

/** The principal kept in the session: who is logged in, as the accounts module told. */
public record PortalUser(AuthenticatedUser user) implements AuthenticatedPrincipal, Serializable {

    public PortalUser {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String getName() {
        return user.username();
    }

    public boolean isParent() {
        return user.role() == UserRole.PARENT;
    }

    public boolean isStaff() {
        return user.role() == UserRole.STAFF;
    }

    public boolean passwordChangeRequired() {
        return user.passwordChangeRequired();
    }

    /** The family of a parent; fails for staff, who have none. */
    public FamilyId familyId() {
        FamilyId familyId = user.familyId();
        if (familyId == null) {
            throw new IllegalStateException("A staff login has no family");
        }
        return familyId;
    }

    public String displayName() {
        return user.displayName();
    }
}
