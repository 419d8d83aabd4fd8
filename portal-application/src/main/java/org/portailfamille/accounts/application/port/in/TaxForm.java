package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.TaxDetails;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.portailfamille.accounts.application.port.in.FieldChecks.check;
import static org.portailfamille.accounts.application.port.in.FieldChecks.clean;
import static org.portailfamille.accounts.application.port.in.FieldChecks.decimal;
import static org.portailfamille.accounts.application.port.in.FieldChecks.decimalText;
import static org.portailfamille.accounts.application.port.in.FieldChecks.fieldsOf;
import static org.portailfamille.accounts.application.port.in.FieldChecks.get;

/** "Fiscales": reference income, tax shares and tax year, as typed (decimals in the stored format "1234.50"). */
public record TaxForm(String referenceIncome, String taxShares, String taxYear) implements FamilyChange {

    public static final List<String> FIELDS = List.of("referenceIncome", "taxShares", "taxYear");

    public TaxForm {
        referenceIncome = decimalText(referenceIncome);
        taxShares = decimalText(taxShares);
        taxYear = clean(taxYear);
    }

    public static TaxForm fromFields(Map<String, String> values) {
        return new TaxForm(get(values, "referenceIncome"), get(values, "taxShares"), get(values, "taxYear"));
    }

    @Override
    public Map<String, String> fields() {
        return fieldsOf(FIELDS, referenceIncome, taxShares, taxYear);
    }

    @Override
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "referenceIncome", referenceIncome, true, 20,
                value -> decimal(value).filter(TaxDetails::isValidIncome).isPresent(), "income");
        check(problems, "taxShares", taxShares, true, 5,
                value -> decimal(value).filter(TaxDetails::isValidShares).isPresent(), "shares");
        check(problems, "taxYear", taxYear, true, 4,
                value -> value.matches("\\d{4}") && TaxDetails.isValidYear(Integer.parseInt(value)), "year");
        return problems;
    }

    /** The income of a valid form. */
    public BigDecimal income() {
        return new BigDecimal(referenceIncome);
    }

    /** The tax shares of a valid form. */
    public BigDecimal shares() {
        return new BigDecimal(taxShares);
    }

    /** The tax year of a valid form. */
    public int year() {
        return Integer.parseInt(taxYear);
    }
}
