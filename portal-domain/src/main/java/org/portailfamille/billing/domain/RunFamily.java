package org.portailfamille.billing.domain;

import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.util.List;
import java.util.UUID;

/** A family of a run: what the draft found for it, and whether it has been issued. */
public record RunFamily(UUID runId, FamilyId familyId, int lineCount, Money toInvoice, Money toCredit,
                        List<Anomaly> anomalies, boolean done) {
    public RunFamily {
        anomalies = List.copyOf(anomalies);
    }
}
