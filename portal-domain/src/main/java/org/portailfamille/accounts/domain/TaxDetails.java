package org.portailfamille.accounts.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Informations fiscales: the reference taxable income of a tax year and the number of tax shares
 * (1 to 10, in steps of 0.5). They give the family quotient.
 */
public record TaxDetails(BigDecimal referenceIncome, BigDecimal taxShares, int year) {

    public static final BigDecimal MIN_SHARES = BigDecimal.ONE;
    public static final BigDecimal MAX_SHARES = BigDecimal.TEN;

    public TaxDetails {
        Objects.requireNonNull(referenceIncome, "referenceIncome");
        Objects.requireNonNull(taxShares, "taxShares");
        if (!isValidIncome(referenceIncome)) {
            throw new IllegalArgumentException("The reference income is a non-negative amount in euros");
        }
        if (!isValidShares(taxShares)) {
            throw new IllegalArgumentException("Tax shares go from 1 to 10 in steps of 0.5");
        }
        if (!isValidYear(year)) {
            throw new IllegalArgumentException("Implausible tax year " + year);
        }
    }

    public static boolean isValidIncome(BigDecimal income) {
        return income != null && income.signum() >= 0 && income.scale() <= 2
                && income.compareTo(new BigDecimal("100000000")) < 0;
    }

    public static boolean isValidShares(BigDecimal shares) {
        return shares != null && shares.compareTo(MIN_SHARES) >= 0 && shares.compareTo(MAX_SHARES) <= 0
                && shares.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    public static boolean isValidYear(int year) {
        return year >= 2000 && year <= 2100;
    }
}
