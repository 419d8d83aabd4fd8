package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.SchoolYear;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Relevé de compte" for one school year.
 *
 * @param schoolYear        the year shown
 * @param schoolYears       the years to choose from, current first (the "Année scolaire" selector)
 * @param previousBalance   "Ancien Solde": balance of everything before the year
 * @param operations        "Relevé des opérations", latest first (as in the guide)
 * @param totalDebit        Σ debits of the year
 * @param totalCredit       Σ credits of the year
 * @param balance           "Solde du Compte pour l'année scolaire" = previousBalance + totalDebit − totalCredit
 * @param hasTreasuryTitles whether a "Titre émis" line is shown (the guide's note c)
 * @param invoices          "Mes factures" of the year (invoices only), latest first
 * @param creditNotes       credit notes of the year, latest first
 * @param payments          "Mes règlements" of the year, latest first
 */
public record Statement(FamilyId familyId, SchoolYear schoolYear, List<SchoolYear> schoolYears,
                        BigDecimal previousBalance, List<OperationView> operations, BigDecimal totalDebit,
                        BigDecimal totalCredit, BigDecimal balance, boolean hasTreasuryTitles,
                        List<InvoiceView> invoices, List<CreditNoteView> creditNotes, List<PaymentView> payments) {
    public Statement {
        schoolYears = List.copyOf(schoolYears);
        operations = List.copyOf(operations);
        invoices = List.copyOf(invoices);
        creditNotes = List.copyOf(creditNotes);
        payments = List.copyOf(payments);
    }
}
