package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A title handed to the treasury.
 *
 * @param reference "2026-15": year and number in the régie's sequence, shown "ORMC n°2026-15"
 * @param operationNumber the statement's N° Opération of the title line (the régie's payment sequence)
 */
public record TreasuryTitleView(String reference, int year, long number, UUID regieId, String regieName,
                                String invoiceNumber, FamilyId familyId, String familyNumber, String familyName,
                                BigDecimal amount, LocalDate issuedOn, String issuedBy, String operationNumber) {
}
