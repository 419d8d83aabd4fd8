package org.portailfamille.accounts.domain;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Objects;

/** Informations CAF: the benefit fund, the allocataire number and the quotient printed on its attestation. */
public record CafDetails(BenefitFund fund, String allocataireNumber, @Nullable BigDecimal quotient) {
    public CafDetails {
        Objects.requireNonNull(fund, "fund");
        Objects.requireNonNull(allocataireNumber, "allocataireNumber");
        allocataireNumber = allocataireNumber.strip();
        if (!isValidAllocataireNumber(allocataireNumber)) {
            throw new IllegalArgumentException("An allocataire number is 1 to 20 letters or digits");
        }
        if (quotient != null && (quotient.signum() < 0 || quotient.scale() > 2)) {
            throw new IllegalArgumentException("A family quotient is a non-negative amount");
        }
    }

    public static boolean isValidAllocataireNumber(String number) {
        return number != null && number.strip().matches("[A-Za-z0-9]{1,20}");
    }
}
