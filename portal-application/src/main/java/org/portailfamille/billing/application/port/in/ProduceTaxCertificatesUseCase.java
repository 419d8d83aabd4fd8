package org.portailfamille.billing.application.port.in;

/**
 * Staff produce, in one run, the attestations fiscales of a tax year for all families: one per child under 6 on
 * 1 January with childcare paid in the year (meals, penalties and surcharges excluded, net of credit notes). They are
 * stored; parents then download them. A new run of the same year replaces the previous one.
 */
public interface ProduceTaxCertificatesUseCase {
    ProduceTaxCertificatesResult produce(ProduceTaxCertificatesCommand command);
}
