package org.portailfamille.billing.application.port.in;

import java.math.BigDecimal;
import java.util.List;

/**
 * A production run: how many families had payments in the year, how many certificates were produced, their total;
 * or problems ("year.invalid": not a tax year that is over), nothing changed then.
 */
public record ProduceTaxCertificatesResult(int taxYear, int familiesWithPayments, int certificates, BigDecimal total,
                                           List<String> problems) {
    public ProduceTaxCertificatesResult {
        problems = List.copyOf(problems);
    }
}
