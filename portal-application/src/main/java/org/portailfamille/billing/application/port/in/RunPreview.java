package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.util.List;

/** A run's summary, what it bills each family and every anomaly. Families by name. */
public record RunPreview(RunSummary summary, List<RunFamilyPreview> families, BigDecimal totalToInvoice,
                         BigDecimal totalToCredit) {
    public RunPreview {
        families = List.copyOf(families);
    }

    public List<RunAnomaly> anomalies() {
        return families.stream().flatMap(family -> family.anomalies().stream()).toList();
    }
}
