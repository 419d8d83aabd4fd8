package org.portailfamille.platform.probe.application.service;

import org.portailfamille.platform.probe.application.port.in.RecordProbeUseCase;
import org.portailfamille.platform.probe.application.port.in.ViewProbeUseCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test probe shaped like a module's service (package {@code application.service}, port.in interfaces), so the
 * platform's use-case advisor applies to it. Its "write" changes no row: PostgreSQL still refuses it in a
 * read-only transaction.
 */
public class ProbeService implements ViewProbeUseCase, RecordProbeUseCase {

    private final JdbcTemplate jdbc;

    public ProbeService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean view(boolean tryToWrite) {
        if (tryToWrite) {
            write();
        }
        return readOnly();
    }

    @Override
    public boolean record() {
        write();
        return readOnly();
    }

    private void write() {
        jdbc.update("update billing.regie set next_invoice_number = next_invoice_number where false");
    }

    private static boolean readOnly() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("no transaction");
        }
        return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
