package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.domain.BenefitFund;
import org.portailfamille.accounts.domain.CafDetails;

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

/** "CAF": the benefit fund (a code), the allocataire number and, optionally, the CAF quotient. */
public record CafForm(String cafFund, String allocataireNumber, String cafQuotient) implements FamilyChange {

    public static final List<String> FIELDS = List.of("cafFund", "allocataireNumber", "cafQuotient");

    public CafForm {
        cafFund = clean(cafFund);
        allocataireNumber = clean(allocataireNumber);
        cafQuotient = decimalText(cafQuotient);
    }

    public static CafForm fromFields(Map<String, String> values) {
        return new CafForm(get(values, "cafFund"), get(values, "allocataireNumber"), get(values, "cafQuotient"));
    }

    @Override
    public Map<String, String> fields() {
        return fieldsOf(FIELDS, cafFund, allocataireNumber, cafQuotient);
    }

    @Override
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "cafFund", cafFund, true, 0, value -> FieldChecks.isOneOf(value, BenefitFund.values()),
                "choice");
        check(problems, "allocataireNumber", allocataireNumber, true, 20, CafDetails::isValidAllocataireNumber,
                "allocataire");
        check(problems, "cafQuotient", cafQuotient, false, 20, value -> decimal(value).filter(amount ->
                amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(new BigDecimal("1000000")) < 0)
                .isPresent(), "amount");
        return problems;
    }

    /** The CAF quotient of a valid form, if given. */
    public @Nullable BigDecimal quotient() {
        return cafQuotient.isEmpty() ? null : new BigDecimal(cafQuotient);
    }
}
