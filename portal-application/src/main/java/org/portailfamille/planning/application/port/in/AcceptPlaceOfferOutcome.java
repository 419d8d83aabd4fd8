package org.portailfamille.planning.application.port.in;

/** What became of accepting a place offer. */
public enum AcceptPlaceOfferOutcome {
    /** The child is booked on the offered day. */
    ACCEPTED,
    /** The offer has expired (its place goes, or went, to the next child waiting). */
    EXPIRED,
    /** No pending offer of that id for this family (unknown, another family's, already accepted or expired). */
    NO_OFFER
}
