package org.portailfamille.accounts.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.Objects;
import java.util.Optional;

/** The household account: its number, its guardian and, when there is one, the partner. */
public final class Family {

    private final FamilyId id;
    private final FamilyNumber number;
    private Guardian guardian;
    private @Nullable Partner partner;
    private final long version;

    private Family(FamilyId id, FamilyNumber number, Guardian guardian, @Nullable Partner partner, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.guardian = Objects.requireNonNull(guardian, "guardian");
        this.partner = partner;
        this.version = version;
    }

    /** A family opened by the municipality. */
    public static Family open(FamilyNumber number, Guardian guardian, @Nullable Partner partner) {
        return new Family(FamilyId.newId(), number, guardian, partner, 0);
    }

    /** A family read back from storage. */
    public static Family reconstitute(FamilyId id, FamilyNumber number, Guardian guardian, @Nullable Partner partner,
                                      long version) {
        return new Family(id, number, guardian, partner, version);
    }

    public FamilyId id() {
        return id;
    }

    public FamilyNumber number() {
        return number;
    }

    public Guardian guardian() {
        return guardian;
    }

    public Optional<Partner> partner() {
        return Optional.ofNullable(partner);
    }

    public long version() {
        return version;
    }
}
