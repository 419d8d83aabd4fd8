package org.portailfamille.access;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;
import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The principal kept in the session: who is logged in. A parent carries their family; staff carry none.
 *
 * @param passwordChangeRequired true while the password is temporary: nothing else is reachable
 */
public record PortalUser(UUID loginId, String username, Role role, @Nullable FamilyId family, String displayName,
                         boolean passwordChangeRequired) implements AuthenticatedPrincipal, Serializable {

    /** The two areas of the portal. */
    public enum Role { PARENT, STAFF }

    public PortalUser {
        Objects.requireNonNull(loginId, "loginId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
        if ((role == Role.PARENT) != (family != null)) {
            throw new IllegalArgumentException("A parent has a family, staff have none");
        }
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean isParent() {
        return role == Role.PARENT;
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    /** The family of a parent; fails for staff, who have none. */
    public FamilyId familyId() {
        if (family == null) {
            throw new IllegalStateException("A staff login has no family");
        }
        return family;
    }

    public PortalUser withPasswordChanged() {
        return new PortalUser(loginId, username, role, family, displayName, false);
    }
}
