package org.portailfamille.accounts.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.LoginId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A login: the credentials of a parent (tied to a family) or of a member of staff. The password is only
 * ever held as a hash. A temporary password must be replaced before anything else is reachable.
 */
public final class Login {

    private final LoginId id;
    private final Username username;
    private final AccountRole role;
    private final @Nullable FamilyId familyId;
    private final String displayName;
    private String passwordHash;
    private boolean passwordTemporary;
    private Instant passwordChangedAt;

    private Login(LoginId id, Username username, AccountRole role, @Nullable FamilyId familyId, String displayName,
                  String passwordHash, boolean passwordTemporary, Instant passwordChangedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.role = Objects.requireNonNull(role, "role");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordTemporary = passwordTemporary;
        this.passwordChangedAt = Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        if ((role == AccountRole.PARENT) != (familyId != null)) {
            throw new IllegalArgumentException("A parent login has a family, a staff login has none");
        }
        this.familyId = familyId;
    }

    public static Login forParent(Username username, FamilyId familyId, String displayName, String passwordHash,
                                  boolean temporary, Instant now) {
        return new Login(LoginId.newId(), username, AccountRole.PARENT, familyId, displayName, passwordHash, temporary, now);
    }

    public static Login forStaff(Username username, String displayName, String passwordHash, boolean temporary,
                                 Instant now) {
        return new Login(LoginId.newId(), username, AccountRole.STAFF, null, displayName, passwordHash, temporary, now);
    }

    public static Login reconstitute(LoginId id, Username username, AccountRole role, @Nullable FamilyId familyId,
                                     String displayName, String passwordHash, boolean passwordTemporary,
                                     Instant passwordChangedAt) {
        return new Login(id, username, role, familyId, displayName, passwordHash, passwordTemporary, passwordChangedAt);
    }

    /** The holder chose a new password: it is no longer temporary. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordTemporary = false;
        this.passwordChangedAt = now;
    }

    /** Staff gave a new temporary password, to be changed at the next login. */
    public void assignTemporaryPassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordTemporary = true;
        this.passwordChangedAt = now;
    }

    public LoginId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public AccountRole role() {
        return role;
    }

    public Optional<FamilyId> familyId() {
        return Optional.ofNullable(familyId);
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean passwordTemporary() {
        return passwordTemporary;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
