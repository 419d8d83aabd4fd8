package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.accounts.application.port.in.HealthDataReadView;
import org.portailfamille.accounts.application.port.out.HealthDataAudit;
import org.portailfamille.accounts.domain.HealthDataRead;
import org.portailfamille.shared.ChildId;

import java.time.Clock;
import java.util.List;

public class AuditHealthDataService implements AuditHealthDataUseCase {

    private final HealthDataAudit audit;
    private final Clock clock;

    public AuditHealthDataService(HealthDataAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void recordHealthDataRead(String reader, ChildId childId, String purpose) {
        audit.record(new HealthDataRead(reader, clock.instant(), childId, purpose));
    }

    @Override
    public List<HealthDataReadView> healthDataReads(ChildId childId) {
        return audit.ofChild(childId).stream()
                .map(read -> new HealthDataReadView(read.reader(), read.readAt(), read.childId(), read.purpose()))
                .toList();
    }
}
