package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.BankDetails;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.check;
import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.fieldsOf;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;
import static org.portailfamille.accounts.application.port.in.FieldChecks.text;

/**
 * "Bancaires": account holder, IBAN and BIC (without spaces, in capitals), bank name, direct debit. The form
 * never shows the stored IBAN: sent empty, it means "keep the current one" ({@link #withIban}).
 */
public record BankForm(String accountHolder, String iban, String bic, String bankName, boolean directDebit)
        implements FamilyChange {

    public static final List<String> FIELDS = List.of("accountHolder", "iban", "bic", "bankName", "directDebit");

    public BankForm {
        accountHolder = clean(accountHolder);
        iban = BankDetails.normalise(clean(iban));
        bic = BankDetails.normalise(clean(bic));
        bankName = clean(bankName);
    }

    public static BankForm fromFields(Map<String, String> values) {
        return new BankForm(get(values, "accountHolder"), get(values, "iban"), get(values, "bic"),
                get(values, "bankName"), FieldChecks.ticked(get(values, "directDebit")));
    }

    /** The same form with another IBAN (the stored one, when none was typed). */
    public BankForm withIban(String storedIban) {
        return new BankForm(accountHolder, storedIban, bic, bankName, directDebit);
    }

    @Override
    public Map<String, String> fields() {
        return fieldsOf(FIELDS, accountHolder, iban, bic, bankName, Boolean.toString(directDebit));
    }

    @Override
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "accountHolder", accountHolder, true, 100);
        check(problems, "iban", iban, true, 0, BankDetails::isValidIban, "iban");
        check(problems, "bic", bic, false, 0, BankDetails::isValidBic, "bic");
        text(problems, "bankName", bankName, false, 100);
        return problems;
    }

    @Override
    public String toString() {
        return "BankForm[accountHolder=" + accountHolder + ", iban=" + BankDetails.mask(iban) + "]";
    }
}
