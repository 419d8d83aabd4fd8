package org.portailfamille.billing.domain;

import java.util.Objects;

/**
 * The creditor of the direct debits (the municipality's régie): its name, the account the debits are paid into and
 * its SEPA creditor identifier (ICS, "identifiant créancier SEPA", e.g. FR12ZZZ123456).
 */
public record SepaCreditor(String name, String iban, String bic, String identifier) {

    public SepaCreditor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(identifier, "identifier");
        name = SepaText.latin(name, 70);
        iban = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        bic = bic.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        identifier = identifier.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!isIban(iban)) {
            throw new IllegalArgumentException("The creditor IBAN is not valid");
        }
        if (!isBic(bic)) {
            throw new IllegalArgumentException("The creditor BIC is not valid");
        }
        if (!identifier.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}") || identifier.length() > 35) {
            throw new IllegalArgumentException("A SEPA creditor identifier reads like FR12ZZZ123456");
        }
    }

    public static boolean isIban(String iban) {
        return iban.matches("[A-Z]{2}[0-9]{2}[A-Za-z0-9]{1,30}");
    }

    public static boolean isBic(String bic) {
        return bic.matches("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");
    }
}
