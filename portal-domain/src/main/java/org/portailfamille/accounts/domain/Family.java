package org.portailfamille.accounts.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.Objects;
import java.util.Optional;

/**
 * The household account: its number, its guardian and, when there is one, the partner, with the family's
 * tax, benefit-fund and bank details. Changes come from accepted requests.
 */
public final class Family {

    private final FamilyId id;
    private final FamilyNumber number;
    private Guardian guardian;
    private @Nullable Partner partner;
    private @Nullable TaxDetails taxDetails;
    private @Nullable CafDetails cafDetails;
    private @Nullable BankDetails bankDetails;
    private final long version;

    private Family(FamilyId id, FamilyNumber number, Guardian guardian, @Nullable Partner partner,
                   @Nullable TaxDetails taxDetails, @Nullable CafDetails cafDetails,
                   @Nullable BankDetails bankDetails, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.guardian = Objects.requireNonNull(guardian, "guardian");
        this.partner = partner;
        this.taxDetails = taxDetails;
        this.cafDetails = cafDetails;
        this.bankDetails = bankDetails;
        this.version = version;
    }

    /** A family opened by the municipality. */
    public static Family open(FamilyNumber number, Guardian guardian, @Nullable Partner partner) {
        return new Family(FamilyId.newId(), number, guardian, partner, null, null, null, 0);
    }

    /** A family read back from storage. */
    public static Family reconstitute(FamilyId id, FamilyNumber number, Guardian guardian, @Nullable Partner partner,
                                      @Nullable TaxDetails taxDetails, @Nullable CafDetails cafDetails,
                                      @Nullable BankDetails bankDetails, long version) {
        return new Family(id, number, guardian, partner, taxDetails, cafDetails, bankDetails, version);
    }

    public void changeGuardian(Guardian newGuardian) {
        this.guardian = Objects.requireNonNull(newGuardian);
    }

    /** Sets the partner's details, adding a partner when the family had none. */
    public void changePartner(Partner newPartner) {
        this.partner = Objects.requireNonNull(newPartner);
    }

    public void changeTaxDetails(TaxDetails details) {
        this.taxDetails = Objects.requireNonNull(details);
    }

    public void changeCafDetails(CafDetails details) {
        this.cafDetails = Objects.requireNonNull(details);
    }

    public void changeBankDetails(BankDetails details) {
        this.bankDetails = Objects.requireNonNull(details);
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

    public Optional<TaxDetails> taxDetails() {
        return Optional.ofNullable(taxDetails);
    }

    public Optional<CafDetails> cafDetails() {
        return Optional.ofNullable(cafDetails);
    }

    public Optional<BankDetails> bankDetails() {
        return Optional.ofNullable(bankDetails);
    }

    public long version() {
        return version;
    }
}
