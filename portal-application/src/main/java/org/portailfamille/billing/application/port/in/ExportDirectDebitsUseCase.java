package org.portailfamille.billing.application.port.in;

/**
 * Makes a SEPA direct-debit file (pain.008.001.02, CORE) of a régie's month: each invoice still due of a family
 * with an active mandate is collected for what remains due, recorded as a direct-debit payment dated the collection
 * date (so it can be neither collected again nor paid otherwise), and each family is pre-notified.
 */
public interface ExportDirectDebitsUseCase {
    ExportDirectDebitsResult exportDirectDebits(ExportDirectDebitsCommand command);
}
