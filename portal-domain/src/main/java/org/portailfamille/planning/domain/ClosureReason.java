package org.portailfamille.planning.domain;

/** Why a facility or an activity is closed. */
public enum ClosureReason {
    /** Staff strike (grève). */
    STRIKE,
    /** Works on the premises (travaux). */
    WORKS,
    /** A bridge day between a public holiday and a weekend (pont). */
    BRIDGE_DAY,
    /** Anything else, told in the closure's details. */
    OTHER
}
