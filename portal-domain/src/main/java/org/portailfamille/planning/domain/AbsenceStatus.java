package org.portailfamille.planning.domain;

/** Where a declared absence stands: "Absence en cours de traitement" until staff rule it excused or billed. */
public enum AbsenceStatus {
    /** Declared, awaiting a staff ruling. */
    PENDING,
    /** "Absent excusé": not billed. */
    EXCUSED,
    /** "Absent facturé": billed as if present. */
    BILLED
}
