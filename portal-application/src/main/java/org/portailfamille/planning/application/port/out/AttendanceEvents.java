package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.AttendanceRecorded;

/** Where the register's events go (billing listens): published in the transaction that records the line. */
public interface AttendanceEvents {

    void recorded(AttendanceRecorded event);
}
