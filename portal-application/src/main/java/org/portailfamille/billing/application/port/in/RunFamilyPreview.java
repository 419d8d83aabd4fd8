package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a run bills one family.
 *
 * @param familyId     the family
 * @param familyNumber its N° Famille ("" if unknown to accounts)
 * @param familyName   "DUPONT JEAN" ("" if unknown)
 * @param lineCount    invoice lines to issue
 * @param toInvoice    total of the invoice to issue (0 if none)
 * @param toCredit     total of the credit notes to issue (0 if none)
 * @param anomalies    the family's anomalies
 */
public record RunFamilyPreview(FamilyId familyId, String familyNumber, String familyName, int lineCount,
                               BigDecimal toInvoice, BigDecimal toCredit, List<RunAnomaly> anomalies) {
    public RunFamilyPreview {
        anomalies = List.copyOf(anomalies);
    }
}
