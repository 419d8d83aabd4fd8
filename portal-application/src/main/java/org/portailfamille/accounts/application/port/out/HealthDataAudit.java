package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.HealthDataRead;
import org.portailfamille.shared.ChildId;

import java.util.List;

/** The audit trail of staff reads of children's health data (append-only). */
public interface HealthDataAudit {

    void record(HealthDataRead read);

    /** The reads of one child's health data, newest first. */
    List<HealthDataRead> ofChild(ChildId childId);
}
