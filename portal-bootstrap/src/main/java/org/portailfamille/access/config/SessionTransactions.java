package org.portailfamille.access.config;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.LazyTouchSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC repository (bean {@code springSessionTransactionOperations}, ADR 0048).
 * Writes run in a transaction of their own, as Spring Session does by default (propagation {@code REQUIRES_NEW}).
 * The read of a session at the start of a request ({@link LazyTouchSessionRepository#findById}) runs without one:
 * it is a single {@code SELECT} (the session joined with its attributes), consistent on its own, so the
 * {@code BEGIN} and {@code COMMIT} around it were two more messages to PostgreSQL and a transaction manager's
 * work on every request of a logged-in user, for nothing. An expired session found by that read is deleted by one
 * statement, also on its own.
 */
final class SessionTransactions implements TransactionOperations {

    private final TransactionTemplate writes;

    SessionTransactions(PlatformTransactionManager transactionManager) {
        this.writes = new TransactionTemplate(transactionManager);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
        if (LazyTouchSessionRepository.readingSession()) {
            return TransactionOperations.withoutTransaction().execute(action);
        }
        return writes.execute(action);
    }
}
