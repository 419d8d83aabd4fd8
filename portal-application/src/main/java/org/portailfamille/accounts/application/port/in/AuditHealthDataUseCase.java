package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;

import java.util.List;

/**
 * Health data is special-category data: every staff read of a child's health data is recorded, and the record
 * can be read back per child, newest first.
 */
public interface AuditHealthDataUseCase {

    /** Records that {@code reader} saw the health data of {@code childId} at {@code purpose} (now). */
    void recordHealthDataRead(String reader, ChildId childId, String purpose);

    List<HealthDataReadView> healthDataReads(ChildId childId);
}
