package org.portailfamille.accounts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quotient familial = reference taxable income ÷ 12 ÷ number of tax shares, in euros per month. */
public final class FamilyQuotientPolicy {

    private FamilyQuotientPolicy() {
    }

    public static BigDecimal quotient(TaxDetails tax) {
        return tax.referenceIncome()
                .divide(BigDecimal.valueOf(12).multiply(tax.taxShares()), 2, RoundingMode.HALF_UP);
    }
}
