package org.portailfamille.billing.application.port.in;

/**
 * The "Relevé de compte" of a family (parents see their own; staff any family's), derived from the ledger.
 * Callers check that the family is the user's.
 */
public interface ViewStatementUseCase {
    Statement statement(StatementQuery query);
}
