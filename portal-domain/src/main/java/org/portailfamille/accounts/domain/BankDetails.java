package org.portailfamille.accounts.domain;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.Locale;
import java.util.Objects;

/**
 * Coordonnées bancaires: account holder, IBAN (checksum verified), BIC, bank name, and whether the family
 * asks to pay by direct debit. IBAN and BIC are kept without spaces, in capitals.
 */
public record BankDetails(String holder, String iban, String bic, String bankName, boolean directDebit) {

    public BankDetails {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        bankName = bankName == null ? "" : bankName.strip();
        holder = holder.strip();
        iban = normalise(iban);
        bic = normalise(bic);
        if (holder.isEmpty() || holder.length() > 100) {
            throw new IllegalArgumentException("An account holder is 1 to 100 characters");
        }
        if (!isValidIban(iban)) {
            throw new IllegalArgumentException("Invalid IBAN");
        }
        if (!bic.isEmpty() && !isValidBic(bic)) {
            throw new IllegalArgumentException("Invalid BIC");
        }
    }

    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValidIban(String iban) {
        try {
            IbanUtil.validate(normalise(iban));
            return true;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return false;
        }
    }

    public static boolean isValidBic(String bic) {
        try {
            BicUtil.validate(normalise(bic));
            return true;
        } catch (BicFormatException | UnsupportedCountryException e) {
            return false;
        }
    }

    /** The IBAN as shown on screen: everything but the last 4 characters hidden. */
    public String maskedIban() {
        return mask(iban);
    }

    public static String mask(String iban) {
        String normalised = normalise(iban);
        if (normalised.length() <= 4) {
            return normalised;
        }
        return "•".repeat(normalised.length() - 4) + normalised.substring(normalised.length() - 4);
    }
}
